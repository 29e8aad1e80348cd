using System;

namespace SpectrumTicketing.Errors
{
    /// <summary>
    /// A write may or may not have been applied: its response was lost and the client could not check.
    /// It is not repeated, so that nothing is created twice.
    /// </summary>
    public sealed class SpectrumWriteOutcomeUnknownException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumWriteOutcomeUnknownException(string message, string? transactionId, Exception innerException)
            : base(message, statusCode: null, apiMessage: null, transactionId: transactionId, innerException: innerException)
        {
        }
    }
}
