using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace SpectrumTicketing.Http
{
    /// <summary>
    /// Formats requests and responses for the debug stream. Authorization headers, secrets and tokens are
    /// masked, and a formatting failure yields a placeholder instead of affecting the request.
    /// </summary>
    internal static class DebugText
    {
        private const string Mask = "***";

        // The value is a whole JSON string (escapes included) or, in form text, everything up to the next '&'.
        private static readonly Regex SecretFields = new Regex(
            "(\"?(?:access_token|client_secret)\"?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^&\\s,}]+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static string Request(HttpRequestMessage message, bool logBody)
        {
            try
            {
                var text = new StringBuilder();
                text.Append("Request ").Append(message.Method).Append(' ').Append(message.RequestUri?.AbsoluteUri);
                AppendHeaders(text, message.Headers);
                if (message.Content != null)
                {
                    AppendHeaders(text, message.Content.Headers);
                    if (!logBody)
                    {
                        text.AppendLine().Append("  (body hidden: it carries credentials)");
                    }
                }

                return text.ToString();
            }
            catch (Exception exception)
            {
                return "Request details could not be formatted: " + exception.GetType().Name;
            }
        }

        public static string Response(HttpResponseMessage response, byte[] body, bool logBody, int bodyLimit)
        {
            try
            {
                var text = new StringBuilder();
                text.Append("Response ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase);
                AppendHeaders(text, response.Headers);
                if (response.Content != null)
                {
                    AppendHeaders(text, response.Content.Headers);
                }

                if (body.Length > 0)
                {
                    text.AppendLine();
                    if (logBody)
                    {
                        string content = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, bodyLimit));
                        text.Append("  ").Append(MaskSecrets(content));
                        if (body.Length > bodyLimit)
                        {
                            text.Append($" ... ({body.Length} bytes in all)");
                        }
                    }
                    else
                    {
                        text.Append("  (body hidden: it carries credentials)");
                    }
                }

                return text.ToString();
            }
            catch (Exception exception)
            {
                return "Response details could not be formatted: " + exception.GetType().Name;
            }
        }

        /// <summary>Replaces the values of access_token and client_secret fields in JSON or form text.</summary>
        public static string MaskSecrets(string text) =>
            SecretFields.Replace(text, match => match.Groups[1].Value + (match.Groups[2].Value.StartsWith("\"", StringComparison.Ordinal) ? "\"" + Mask + "\"" : Mask));

        private static void AppendHeaders(StringBuilder text, HttpHeaders headers)
        {
            foreach (var header in headers)
            {
                bool secret = header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase);
                string value = secret ? MaskAuthorization(header.Value.FirstOrDefault()) : string.Join(", ", header.Value);
                text.AppendLine().Append("  ").Append(header.Key).Append(": ").Append(value);
            }
        }

        private static string MaskAuthorization(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return Mask;
            }

            int space = value!.IndexOf(' ');
            return space > 0 ? value.Substring(0, space) + " " + Mask : Mask;
        }
    }
}
