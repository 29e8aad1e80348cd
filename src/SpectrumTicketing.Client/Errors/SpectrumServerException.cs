using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>A 5xx server error or another unexpected status, still failing after the retries.</summary>
    public sealed class SpectrumServerException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumServerException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
