namespace SpectrumTicketing.Http
{
    /// <summary>Which failed attempts of a request may be repeated.</summary>
    internal enum RetryMode
    {
        /// <summary>Reads and token requests: every transient failure (408, 429, 5xx, network, timeout).</summary>
        Idempotent,

        /// <summary>
        /// Writes: only failures that certainly happened before the server processed anything
        /// (connection refused, 408, 429, 503 with Retry-After).
        /// </summary>
        OnlyIfNotProcessed,
    }
}
