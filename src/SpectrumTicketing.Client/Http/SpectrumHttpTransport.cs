using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Parsing;

namespace SpectrumTicketing.Http
{
    /// <summary>
    /// Sends API requests for one connection: one long-lived HttpClient, a new X_TXN_ID per attempt, the
    /// cached bearer token, one renewal and repeat on an expired-token 401, and the Polly retry pipelines.
    /// </summary>
    internal sealed class SpectrumHttpTransport : IDisposable
    {
        private const string TransactionHeader = "X_TXN_ID";
        private const int DebugBodyLimit = 4000;

        private readonly SpectrumClientOptions options;
        private readonly HttpClient http;
        private readonly ResiliencePipeline<ApiResponse> idempotentPipeline;
        private readonly ResiliencePipeline<ApiResponse> writePipeline;

        public SpectrumHttpTransport(SpectrumClientOptions options)
        {
            this.options = options;
            BaseUri = EnsureTrailingSlash(options.BaseUri);
            HttpMessageHandler handler = options.MessageHandler ?? new HttpClientHandler { AllowAutoRedirect = false };
            http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            idempotentPipeline = RetryPipelineFactory.Create(options, RetryMode.Idempotent);
            writePipeline = RetryPipelineFactory.Create(options, RetryMode.OnlyIfNotProcessed);
            Tokens = new AccessTokenProvider(RequestTokenAsync, options.TimeProvider);
        }

        public Uri BaseUri { get; }

        public AccessTokenProvider Tokens { get; }

        /// <summary>
        /// Sends the request with retries and returns the first 2xx response (204 included). Every other
        /// outcome becomes a <see cref="SpectrumApiException"/>.
        /// </summary>
        public async Task<ApiResponse> SendAsync(ApiRequest request, ISpectrumLog log, CancellationToken cancellationToken)
        {
            ResiliencePipeline<ApiResponse> pipeline = request.RetryMode == RetryMode.Idempotent ? idempotentPipeline : writePipeline;
            ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(RetryPipelineFactory.LogKey, log);
            context.Properties.Set(RetryPipelineFactory.RequestKey, request);
            int attempts = 0;
            try
            {
                ApiResponse response = await pipeline.ExecuteAsync(
                    async ctx =>
                    {
                        attempts++;
                        return await SendWithTokenRenewalAsync(request, log, ctx.CancellationToken).ConfigureAwait(false);
                    },
                    context).ConfigureAwait(false);
                response.Retries = attempts - 1;
                if (!response.IsSuccess)
                {
                    throw ErrorMapper.FromResponse(request, response, BaseUri);
                }

                return response;
            }
            catch (TransportFailureException exception)
            {
                throw new SpectrumConnectionException(
                    Messages.ConnectionFailed(request, BaseUri, exception.Message, exception.TransactionId, attempts - 1),
                    exception.ConnectionRefused, exception.TransactionId, exception.InnerException);
            }
            catch (AttemptTimeoutException exception)
            {
                throw new SpectrumConnectionException(
                    Messages.TimedOut(request, options.RequestTimeout, exception.TransactionId, attempts - 1),
                    connectionRefused: false, exception.TransactionId, exception);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        public void Dispose() => http.Dispose();

        private async Task<ApiResponse> SendWithTokenRenewalAsync(ApiRequest request, ISpectrumLog log, CancellationToken cancellationToken)
        {
            string? token = request.Authenticated ? await Tokens.GetTokenAsync(log, cancellationToken).ConfigureAwait(false) : null;
            ApiResponse response = await SendOnceAsync(request, token, log, cancellationToken).ConfigureAwait(false);
            if (token is null || !ErrorMapper.IsExpiredToken(response))
            {
                return response;
            }

            // The gateway rejects an expired token before the service receives the request, so one repeat is safe.
            log.Verbose(Messages.TokenExpiredRenewing(response.TransactionId));
            Tokens.Invalidate(token);
            token = await Tokens.GetTokenAsync(log, cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(request, token, log, cancellationToken).ConfigureAwait(false);
        }

        private async Task<ApiResponse> SendOnceAsync(ApiRequest request, string? token, ISpectrumLog log, CancellationToken cancellationToken)
        {
            string transactionId = Guid.NewGuid().ToString();
            var uri = new Uri(BaseUri, request.Path);
            using var message = new HttpRequestMessage(request.Method, uri);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            message.Headers.TryAddWithoutValidation(TransactionHeader, transactionId);
            if (token != null)
            {
                EnsureConnectionHost(uri);
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            else if (request.Authorization != null)
            {
                EnsureConnectionHost(uri);
                message.Headers.Authorization = request.Authorization;
            }

            message.Content = request.CreateContent?.Invoke();

            string pathForLog = "/" + request.Path;
            log.Verbose(Messages.Sending(request.Method, pathForLog, transactionId));
            if (log.IsDebugEnabled)
            {
                log.Debug(DebugText.Request(message, request.LogBodies));
            }


            var stopwatch = Stopwatch.StartNew();
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(options.RequestTimeout);
            try
            {
                using HttpResponseMessage response = await http
                    .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false);
                byte[] body = await ReadBodyAsync(response, attemptTimeout.Token).ConfigureAwait(false);
                log.Verbose(Messages.Received(request.Method, pathForLog, response.StatusCode, stopwatch.ElapsedMilliseconds, transactionId));
                if (log.IsDebugEnabled)
                {
                    log.Debug(DebugText.Response(response, body, request.LogBodies, DebugBodyLimit));
                }

                return new ApiResponse(response.StatusCode, body, transactionId) { RetryAfter = ReadRetryAfter(response) };
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                log.Verbose(Messages.AttemptTimedOut(request.Method, pathForLog, stopwatch.ElapsedMilliseconds, transactionId));
                throw new AttemptTimeoutException(transactionId, options.RequestTimeout);
            }
            catch (Exception exception) when (exception is HttpRequestException || exception is IOException)
            {
                bool connectionRefused = FailureClassifier.IsConnectionRefused(exception);
                log.Verbose(Messages.AttemptFailed(request.Method, pathForLog, exception.Message, stopwatch.ElapsedMilliseconds, transactionId));
                throw new TransportFailureException(transactionId, connectionRefused, exception);
            }
        }

        private async Task<AccessToken> RequestTokenAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            log.Verbose(Messages.RequestingToken(options.ClientId));
            DateTimeOffset requestedOn = options.TimeProvider.GetUtcNow();
            var request = new ApiRequest(HttpMethod.Post, ApiRoutes.Token, "request an access token")
            {
                Authenticated = false,
                LogBodies = false,
                CreateContent = () => TokenRequestContent.Create(options),
                Authorization = TokenRequestContent.CreateBasicHeader(options),
            };

            ApiResponse response;
            try
            {
                response = await SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (SpectrumApiException exception) when (exception.StatusCode == HttpStatusCode.BadRequest
                || exception.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new SpectrumAuthenticationException(
                    Messages.TokenRejected(options.ClientId, exception.ApiMessage, exception.TransactionId),
                    exception.StatusCode, exception.ApiMessage, exception.TransactionId, exception);
            }
            catch (SpectrumPermissionDeniedException exception)
            {
                // The gateway responds to a token request under a wrong path with its path-typo 403.
                throw new SpectrumPermissionDeniedException(
                    Messages.TokenEndpointNotFound(BaseUri, HttpStatusCode.Forbidden, exception.TransactionId),
                    exception.StatusCode, exception.ApiMessage, exception.TransactionId, exception);
            }
            catch (SpectrumServerException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                throw new SpectrumServerException(
                    Messages.TokenEndpointNotFound(BaseUri, HttpStatusCode.NotFound, exception.TransactionId),
                    exception.StatusCode, exception.ApiMessage, exception.TransactionId, exception);
            }

            using var document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            string? value = document.RootElement.GetString("access_token");
            if (string.IsNullOrEmpty(value))
            {
                throw new SpectrumAuthenticationException(
                    Messages.TokenMissing(response.TransactionId), response.StatusCode, transactionId: response.TransactionId);
            }

            long seconds = document.RootElement.GetInt64("expires_in") ?? 3600;
            var token = new AccessToken(value!, requestedOn, TimeSpan.FromSeconds(Math.Max(1, seconds)));
            log.Verbose(Messages.TokenReceived(token.ExpiresOn));
            return token;
        }

        /// <summary>
        /// Throws instead of attaching credentials to a request for another host. Every path is built from the
        /// base URI, so this can only fail after a change that builds an absolute URI from response data.
        /// </summary>
        private void EnsureConnectionHost(Uri uri)
        {
            if (Uri.Compare(uri, BaseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw new InvalidOperationException(Messages.ForeignHost(uri, BaseUri));
            }
        }

        private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.Content is null)
            {
                return new byte[0];
            }

            using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }

        private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
        {
            RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
            if (retryAfter?.Delta != null)
            {
                return retryAfter.Delta;
            }

            if (retryAfter?.Date != null)
            {
                return retryAfter.Date.Value - options.TimeProvider.GetUtcNow();
            }

            return null;
        }

        private static Uri EnsureTrailingSlash(Uri uri) =>
            uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
