namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Endpoint metadata naming the route key that counters and faults use for the endpoint.</summary>
internal sealed record RouteKeyMetadata(string Key);
