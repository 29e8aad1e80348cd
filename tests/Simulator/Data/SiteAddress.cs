namespace SpectrumTicketing.Simulator.Data;

/// <summary>The siteAddress object of a ticket.</summary>
internal sealed class SiteAddress
{
    public string Id { get; init; } = "";

    public string AddressLine1 { get; init; } = "";

    public string City { get; init; } = "";

    public string State { get; init; } = "";

    public string Zip5 { get; init; } = "";

    public string Latitude { get; init; } = "";

    public string Longitude { get; init; } = "";

    public static SiteAddress FromSite(Site site) => new()
    {
        Id = site.AddressId,
        AddressLine1 = site.AddressLine1,
        City = site.City,
        State = site.State,
        Zip5 = site.ZipCode,
        Latitude = site.Latitude,
        Longitude = site.Longitude,
    };
}
