using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using SpectrumTicketing.Http;

namespace SpectrumTicketing
{
    /// <summary>
    /// Every user-facing sentence of the client layer, so the wording stays consistent. Messages name the
    /// value in single quotes, say what to do next and end with the transaction id that vendor support requests.
    /// </summary>
    internal static class Messages
    {
        private const string SupportAdvice = "contact Spectrum API support (DL-Ent-Spectrum-API-Support@charter.com)";

        // Verbose lines, one per request, response and retry.
        public static string Sending(HttpMethod method, string path, string transactionId) =>
            $"{method} {path} (transaction {transactionId})";

        public static string Received(HttpMethod method, string path, HttpStatusCode status, long elapsedMilliseconds, string transactionId) =>
            $"{method} {path} returned {(int)status} {status} in {elapsedMilliseconds} ms (transaction {transactionId})";

        public static string AttemptTimedOut(HttpMethod method, string path, long elapsedMilliseconds, string transactionId) =>
            $"{method} {path} timed out after {elapsedMilliseconds} ms (transaction {transactionId})";

        public static string AttemptFailed(HttpMethod method, string path, string error, long elapsedMilliseconds, string transactionId) =>
            $"{method} {path} failed after {elapsedMilliseconds} ms: {error} (transaction {transactionId})";

        public static string Retrying(ApiRequest request, string reason, TimeSpan delay, int retry, int maxRetries) =>
            string.Format(CultureInfo.InvariantCulture,
                "Retrying {0} /{1} in {2:0.0} s after {3} (retry {4} of {5}).",
                request.Method, request.Path, delay.TotalSeconds, reason, retry, maxRetries);

        public static string RequestingToken(string clientId) =>
            $"Requesting an access token for client id '{clientId}'.";

        public static string TokenReceived(DateTimeOffset expiresOn) =>
            $"Received an access token that expires at {expiresOn.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)}.";

        public static string TokenExpiredRenewing(string transactionId) =>
            $"The API reported the access token as expired (transaction {transactionId}); renewing it and repeating the request once.";

        // Errors.
        public static string TokenRejected(string clientId, string? apiMessage, string? transactionId) =>
            $"The token endpoint rejected the credentials of client id '{clientId}'. The client id or the secret is wrong, " +
            $"or the credentials are not active. Check both, then run Connect-SpectrumTicketing again. " +
            $"The API's message: {apiMessage?.TrimEnd('.') ?? "none"}. (transaction {transactionId})";

        public static string TokenEndpointNotFound(Uri baseUri, HttpStatusCode status, string? transactionId) =>
            $"The token request to '{baseUri}' failed with {FailureText.Status(status)}, so '{baseUri}' is not the gateway root. " +
            $"Give -BaseUri without a path, for example https://apis.spectrum.net. (transaction {transactionId})";

        public static string TokenMissing(string transactionId) =>
            $"The token endpoint answered without an access_token. Check -BaseUri, then {SupportAdvice}. (transaction {transactionId})";

        public static string BadRequest(ApiRequest request, string? apiMessage, string transactionId) =>
            $"The API rejected the request to {request.Description}: {apiMessage ?? "no reason given"} (transaction {transactionId})";

        public static string Unauthorized(ApiRequest request, string? apiMessage, string transactionId) =>
            $"The API rejected the access token when asked to {request.Description}: {apiMessage ?? "401 Unauthorized"}. " +
            $"Check the client id and secret, then run Connect-SpectrumTicketing again. (transaction {transactionId})";

        public static string Forbidden(ApiRequest request, string? detail, string transactionId) =>
            $"Permission denied to {request.Description} (403 Forbidden{(detail is null ? string.Empty : ": " + detail)}). " +
            $"The record may belong to another organisation, or the API path may be wrong. If the record is yours, {SupportAdvice}. " +
            $"(transaction {transactionId})";

        public static string PathNotFound(ApiRequest request, Uri baseUri, string transactionId) =>
            $"The server at '{baseUri}' has no API at /{request.Path} (404 Not Found). Check -BaseUri; it must be the gateway root. " +
            $"(transaction {transactionId})";

        public static string RateLimited(ApiRequest request, int retries, string transactionId) =>
            $"The API is limiting requests (429 Too Many Requests) and the request to {request.Description} still failed after {FailureText.Retries(retries)}. " +
            $"Wait a few minutes and try again. (transaction {transactionId})";

        public static string ServerError(ApiRequest request, HttpStatusCode status, string? apiMessage, int retries, string transactionId) =>
            $"The API failed to {request.Description} with {FailureText.Status(status)} after {FailureText.Retries(retries)}." +
            $"{(apiMessage is null ? string.Empty : " The API's message: " + apiMessage.TrimEnd('.') + ".")} " +
            $"Try again later; if it persists, {SupportAdvice}. (transaction {transactionId})";

        public static string ConnectionFailed(ApiRequest request, Uri baseUri, string error, string transactionId, int retries) =>
            $"Could not {request.Description} at '{baseUri}' ({FailureText.Retries(retries)}): {error.TrimEnd('.')}. " +
            $"Check the network and the connection's -BaseUri. (transaction {transactionId})";

        public static string TimedOut(ApiRequest request, TimeSpan timeout, string transactionId, int retries) =>
            $"The request to {request.Description} timed out after {timeout.TotalSeconds:0} s ({FailureText.Retries(retries)}). Try again later. " +
            $"(transaction {transactionId})";

        public static string InvalidJson(string requestDescription, string? transactionId) =>
            $"The response to the request to {requestDescription} is not valid JSON. Try again; if it persists, {SupportAdvice}. (transaction {transactionId})";

        public static string ForeignHost(Uri uri, Uri baseUri) =>
            $"Refusing to send credentials to '{uri.GetLeftPart(UriPartial.Authority)}': the connection's host is '{baseUri.GetLeftPart(UriPartial.Authority)}'.";

        public static string InsecureBaseUri(Uri uri) =>
            $"The base URI '{uri}' uses plain http. Use https, or http only with a loopback address such as http://127.0.0.1:5080.";

        public static string RelativeBaseUri(string uri) =>
            $"The base URI '{uri}' is not an absolute http or https URI. Give the gateway root, for example https://apis.spectrum.net.";
    }
}
