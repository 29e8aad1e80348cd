using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>A response arrived but its body could not be read as the expected JSON.</summary>
    public sealed class SpectrumInvalidResponseException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumInvalidResponseException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
