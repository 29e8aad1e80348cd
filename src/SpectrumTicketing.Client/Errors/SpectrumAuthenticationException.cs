using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>The credentials or the access token were rejected (400 from the token endpoint, 401 from the API).</summary>
    public sealed class SpectrumAuthenticationException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumAuthenticationException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
