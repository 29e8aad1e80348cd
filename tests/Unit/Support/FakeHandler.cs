using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpectrumTicketing.Tests.Support
{
    /// <summary>
    /// Message handler that records every request and returns a response in process. Token requests get a
    /// fresh token ("token-1", "token-2", ...) unless <see cref="TokenResponder"/> is set. Every other request
    /// goes to <see cref="ApiResponder"/>, which returns 200 with an empty JSON object by default.
    /// </summary>
    internal sealed class FakeHandler : HttpMessageHandler
    {
        public const string TokenPath = "/auth/oauth/v2/token";

        private readonly ConcurrentQueue<RecordedRequest> requests = new ConcurrentQueue<RecordedRequest>();
        private int tokensIssued;

        /// <summary>Lifetime in seconds written into the default token response.</summary>
        public int TokenLifetimeSeconds { get; set; } = 3600;

        /// <summary>Delay before the default token response, so that concurrent callers overlap.</summary>
        public TimeSpan TokenDelay { get; set; } = TimeSpan.Zero;

        public Func<RecordedRequest, HttpResponseMessage>? TokenResponder { get; set; }

        public Func<RecordedRequest, HttpResponseMessage> ApiResponder { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

        public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

        public IReadOnlyList<RecordedRequest> TokenRequests => Requests.Where(request => request.IsTokenRequest).ToArray();

        public IReadOnlyList<RecordedRequest> ApiRequests => Requests.Where(request => !request.IsTokenRequest).ToArray();

        public static HttpResponseMessage Json(HttpStatusCode status, string body) => new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        public static HttpResponseMessage Status(int status) => new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new ByteArrayContent(new byte[0]),
        };

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var recorded = new RecordedRequest(request, body);
            requests.Enqueue(recorded);

            if (!recorded.IsTokenRequest)
            {
                return ApiResponder(recorded);
            }

            if (TokenResponder != null)
            {
                return TokenResponder(recorded);
            }

            if (TokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(TokenDelay, cancellationToken);
            }

            int number = Interlocked.Increment(ref tokensIssued);
            return Json(HttpStatusCode.OK, TokenBody("token-" + number, TokenLifetimeSeconds));
        }

        public static string TokenBody(string token, int lifetimeSeconds) =>
            "{\"resultCode\":\"200\",\"resultCodeName\":\"PROCESSED\",\"resultMessage\":\"PROCESSED\"," +
            "\"token_type\":\"bearer\",\"access_token\":\"" + token + "\",\"expires_in\":" + lifetimeSeconds + "}";
    }

    /// <summary>Copy of one request, taken while it was still open.</summary>
    internal sealed class RecordedRequest
    {
        public RecordedRequest(HttpRequestMessage message, string? body)
        {
            Method = message.Method;
            Uri = message.RequestUri!;
            Body = body;
            Authorization = message.Headers.Authorization?.ToString();
            UserAgent = message.Headers.UserAgent.ToString();
            Accept = message.Headers.Accept.ToString();
            ContentType = message.Content?.Headers.ContentType?.MediaType;
            TransactionId = message.Headers.TryGetValues("X_TXN_ID", out IEnumerable<string>? values)
                ? string.Join(",", values)
                : null;
        }

        public HttpMethod Method { get; }

        public Uri Uri { get; }

        public string? Body { get; }

        public string? Authorization { get; }

        public string UserAgent { get; }

        public string Accept { get; }

        public string? ContentType { get; }

        public string? TransactionId { get; }

        public bool IsTokenRequest => Uri.AbsolutePath == FakeHandler.TokenPath;

        /// <summary>Decodes an application/x-www-form-urlencoded body into its fields.</summary>
        public IReadOnlyDictionary<string, string> FormFields()
        {
            var fields = new Dictionary<string, string>();
            foreach (string pair in (Body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = pair.Split('=', 2);
                fields[Decode(parts[0])] = parts.Length > 1 ? Decode(parts[1]) : string.Empty;
            }

            return fields;
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
