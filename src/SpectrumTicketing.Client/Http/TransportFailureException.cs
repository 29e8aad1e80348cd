using System;

namespace SpectrumTicketing.Http
{
    /// <summary>An attempt failed without a complete response: the connection failed or dropped.</summary>
    internal sealed class TransportFailureException : Exception
    {
        public TransportFailureException(string transactionId, bool connectionRefused, Exception innerException)
            : base(innerException.Message, innerException)
        {
            TransactionId = transactionId;
            ConnectionRefused = connectionRefused;
        }

        public string TransactionId { get; }

        /// <summary>Whether the connection was never made, so the server cannot have seen the request.</summary>
        public bool ConnectionRefused { get; }
    }
}
