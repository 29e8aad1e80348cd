using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>
    /// Base of every failure the client reports. The message is a plain sentence for the user; the
    /// API's own error text, when there was one, is kept apart in <see cref="ApiMessage"/>.
    /// </summary>
    public class SpectrumApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumApiException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            ApiMessage = apiMessage;
            TransactionId = transactionId;
        }

        /// <summary>HTTP status of the failed response; <c>null</c> when no response arrived.</summary>
        public HttpStatusCode? StatusCode { get; }

        /// <summary>Error text from the response body (<c>message</c> or <c>resultMessage</c>), if any.</summary>
        public string? ApiMessage { get; }

        /// <summary>The X_TXN_ID sent with the failed request, for vendor support.</summary>
        public string? TransactionId { get; }
    }
}
