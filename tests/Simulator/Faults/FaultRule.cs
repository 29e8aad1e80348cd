namespace SpectrumTicketing.Simulator.Faults;

/// <summary>A fault waiting in the queue, applied to the next <see cref="Remaining"/> requests of its route.</summary>
internal sealed class FaultRule
{
    /// <summary>Route key such as "POST /tickets", or "*" for every route.</summary>
    public required string Route { get; init; }

    public required FaultKind Kind { get; init; }

    /// <summary>Status code for the status and html kinds.</summary>
    public int? StatusCode { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public int DelayMilliseconds { get; init; } = 500;

    public int Remaining { get; set; } = 1;

    public bool Matches(string routeKey) => Route == "*" || Route == routeKey;
}
