namespace SpectrumTicketing.Simulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
internal enum FaultKind
{
    /// <summary>Responds with the given status and a small JSON body without processing the request.</summary>
    Status,

    /// <summary>Processes the request, then aborts the connection without a response.</summary>
    Drop,

    /// <summary>Responds with an HTML error page without processing the request.</summary>
    Html,

    /// <summary>Processes the request and returns 200 with the first half of the JSON body.</summary>
    Truncated,

    /// <summary>Processes the request and writes the body in small chunks spread over the delay.</summary>
    SlowBody,

    /// <summary>Waits for the delay, then processes the request.</summary>
    Latency,

    /// <summary>Treats the request's bearer token as expired for this one request.</summary>
    ExpireToken,
}
