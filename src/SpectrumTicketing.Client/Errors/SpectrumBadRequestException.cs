using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>400 Bad Request: the API rejected the request data; the message is the API's own.</summary>
    public sealed class SpectrumBadRequestException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumBadRequestException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
