namespace SpectrumTicketing.Simulator.Admin;

/// <summary>The body of POST /_simulator/faults.</summary>
internal sealed record FaultRequest(string? Route, string? Kind, int? Status, int? Count, int? RetryAfterSeconds, int? DelayMs);
