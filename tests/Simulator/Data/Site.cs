namespace SpectrumTicketing.Simulator.Data;

/// <summary>A service location of an organisation, as GET /sites returns it.</summary>
internal sealed class Site
{
    public required string SiteGuid { get; init; }

    public required string AddressLine1 { get; init; }

    public string AddressLine2 { get; init; } = "";

    public required string City { get; init; }

    public required string State { get; init; }

    public required string ZipCode { get; init; }

    public string Latitude { get; init; } = "";

    public string Longitude { get; init; } = "";

    /// <summary>Address record id shown in a ticket's siteAddress.id; deliberately not the site GUID.</summary>
    public required string AddressId { get; init; }
}
