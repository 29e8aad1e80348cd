using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>403 Forbidden: a mistyped path, or a record that belongs to another organisation.</summary>
    public sealed class SpectrumPermissionDeniedException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumPermissionDeniedException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
