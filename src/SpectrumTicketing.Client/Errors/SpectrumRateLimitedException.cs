using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>429 Too Many Requests, still failing after the retries.</summary>
    public sealed class SpectrumRateLimitedException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumRateLimitedException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
