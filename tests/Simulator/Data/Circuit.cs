namespace SpectrumTicketing.Simulator.Data;

/// <summary>A network circuit of an organisation and the site it terminates at.</summary>
internal sealed class Circuit
{
    public required string CircuitId { get; init; }

    public required string SiteGuid { get; init; }

    public required string StreetAddress1 { get; init; }

    public string StreetAddress2 { get; init; } = "";

    public required string City { get; init; }

    public required string State { get; init; }

    public required string Zip { get; init; }

    /// <summary>Service name a ticket lists in impactedServices when this circuit is affected.</summary>
    public string ServiceName { get; init; } = "Data-Fiber Internet";
}
