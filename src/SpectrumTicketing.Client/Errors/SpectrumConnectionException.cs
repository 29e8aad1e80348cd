using System;

namespace SpectrumTicketing.Errors
{
    /// <summary>No response arrived: the connection failed, was dropped or timed out.</summary>
    public sealed class SpectrumConnectionException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumConnectionException(string message, bool connectionRefused, string? transactionId = null,
            Exception? innerException = null)
            : base(message, statusCode: null, apiMessage: null, transactionId: transactionId, innerException: innerException)
        {
            ConnectionRefused = connectionRefused;
        }

        /// <summary>
        /// Whether the connection was never made. Only then is it certain that the server did not see the request.
        /// </summary>
        public bool ConnectionRefused { get; }
    }
}
