namespace SpectrumTicketing.Simulator.Admin;

/// <summary>The body of POST /_simulator/organizations.</summary>
internal sealed record OrganizationRequest(
    string? ClientId,
    string? ClientSecret,
    int? TicketCount,
    int? Seed,
    int? SiteCount,
    int? CircuitCount,
    int? ClosedCount);
