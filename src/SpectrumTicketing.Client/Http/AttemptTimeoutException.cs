using System;

namespace SpectrumTicketing.Http
{
    /// <summary>One attempt ran past <see cref="SpectrumClientOptions.RequestTimeout"/>; the caller did not cancel it.</summary>
    internal sealed class AttemptTimeoutException : TimeoutException
    {
        public AttemptTimeoutException(string transactionId, TimeSpan timeout)
            : base($"No response within {timeout.TotalSeconds:0} s.")
        {
            TransactionId = transactionId;
        }

        public string TransactionId { get; }
    }
}
