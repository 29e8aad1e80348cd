using System.Collections.Generic;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>A customer organisation: its credentials and the records its tokens may see.</summary>
internal sealed class Organization
{
    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string CxId { get; init; }

    public List<Site> Sites { get; } = [];

    public List<Circuit> Circuits { get; } = [];

    public List<Ticket> Tickets { get; } = [];
}
