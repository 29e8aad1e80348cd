using System;
using System.Net;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Parsing;

namespace SpectrumTicketing.Http
{
    /// <summary>Maps a failed HTTP status to the typed exception for it, in one place.</summary>
    internal static class ErrorMapper
    {
        private const string ExpiredTokenMessage = "Access token expired";

        /// <summary>Whether a response is the gateway's "Access token expired" 401.</summary>
        public static bool IsExpiredToken(ApiResponse response)
        {
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return false;
            }

            string? message = ResponseParser.ReadErrorMessage(response.Body);
            return message != null && message.IndexOf(ExpiredTokenMessage, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        public static SpectrumApiException FromResponse(ApiRequest request, ApiResponse response, Uri baseUri)
        {
            HttpStatusCode status = response.StatusCode;
            string? apiMessage = ResponseParser.ReadErrorMessage(response.Body);
            string transactionId = response.TransactionId;

            switch ((int)status)
            {
                case 400:
                    return new SpectrumBadRequestException(
                        Messages.BadRequest(request, apiMessage, transactionId), status, apiMessage, transactionId);
                case 401:
                    return new SpectrumAuthenticationException(
                        Messages.Unauthorized(request, apiMessage, transactionId), status, apiMessage, transactionId);
                case 403:
                    string? code = ResponseParser.ReadResultCodeName(response.Body);
                    return new SpectrumPermissionDeniedException(
                        Messages.Forbidden(request, code ?? apiMessage, transactionId), status, apiMessage, transactionId);
                case 404:
                    return new SpectrumServerException(
                        Messages.PathNotFound(request, baseUri, transactionId), status, apiMessage, transactionId);
                case 429:
                    return new SpectrumRateLimitedException(
                        Messages.RateLimited(request, response.Retries, transactionId), status, apiMessage, transactionId);
                default:
                    return new SpectrumServerException(
                        Messages.ServerError(request, status, apiMessage, response.Retries, transactionId), status, apiMessage, transactionId);
            }
        }
    }
}
