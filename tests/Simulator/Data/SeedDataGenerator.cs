using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// Generates sites, circuits and tickets for an organisation from a seeded random source, so that the same seed
/// and clock give the same records.
/// </summary>
internal sealed class SeedDataGenerator
{
    private const long Day = 86_400;

    private static readonly string[] ReportSources =
        ["Inbound Call", "Email", "Alarm", "SE.NET", "B2B-API", "B2B-Alarm", "EIT Upload", "Planned Maintenance"];

    private static readonly string[] BusinessImpacts = ["Outage", "Impairment", "Failover", "Information"];

    private static readonly string[] SubTypes = ["No Connectivity", "Degraded Services", "Other", "ticket"];

    private static readonly string[] OpenActions =
        ["", "Maintenance - Waiting for Approvals", "Dispatch - Technician Scheduled", "Customer-Awaiting Additional Information"];

    private static readonly (string Code, string Message)[] Resolutions =
    [
        ("Automation-Closed-Ticketing System-Ticket", "Automation Closed Ticket at Ticketing System"),
        ("Spectrum-Verified-Service-Maintenance Notification", "Spectrum-VerifiedMaintenance Notification at Service"),
        ("Customer-Equipment-Power", "Customer equipment lost power"),
        ("Spectrum-Fiber-Cut", "Fiber cut repaired"),
    ];

    private static readonly string[] ServiceNames =
        ["Data-Fiber Internet", "Data-Broadband Internet", "Data-FIA", "Data-EPL", "Voice-SIP Trunking"];

    private static readonly (string Street, string City, string State, string Zip, string Latitude, string Longitude)[] Places =
    [
        ("1200 MAIN ST", "DALLAS", "TX", "75202", "32.7807", "-96.7980"),
        ("400 N CAPITOL AVE", "LANSING", "MI", "48933", "42.7360", "-84.5555"),
        ("77 W WACKER DR", "CHICAGO", "IL", "60601", "41.8867", "-87.6298"),
        ("2500 E CAMELBACK RD", "PHOENIX", "AZ", "85016", "33.5092", "-112.0280"),
        ("12405 POWERSCOURT DR", "SAINT LOUIS", "MO", "63131", "38.6089", "-90.4466"),
        ("1 BATTERY PARK PLZ", "NEW YORK", "NY", "10004", "40.7033", "-74.0170"),
        ("500 CAPITOL MALL", "SACRAMENTO", "CA", "95814", "38.5773", "-121.5028"),
        ("301 S TRYON ST", "CHARLOTTE", "NC", "28202", "35.2260", "-80.8468"),
        ("9000 GATEWAY BLVD", "EL PASO", "TX", "79925", "31.7810", "-106.3880"),
        ("150 W JEFFERSON AVE", "DETROIT", "MI", "48226", "42.3290", "-83.0450"),
    ];

    private static readonly string[] FirstNames = ["ANA", "BEN", "CHLOE", "DEV", "ELENA", "FRANK", "GRACE", "HIRO", "IRIS", "JONAS"];

    private static readonly string[] LastNames = ["ALVAREZ", "BROOKS", "CHEN", "DUBOIS", "EVANS", "FISCHER", "GARCIA", "HOLM", "ITO", "JENSEN"];

    private readonly Random _random;
    private readonly IdFactory _ids;

    public SeedDataGenerator(Random random, IdFactory ids)
    {
        _random = random;
        _ids = ids;
    }

    /// <summary>Adds generated sites, circuits and tickets to <paramref name="organization"/>.</summary>
    public void Populate(Organization organization, GenerationRequest request, long nowSeconds)
    {
        var sites = GenerateSites(organization, Math.Max(1, request.SiteCount));
        GenerateCircuits(organization, sites, request.CircuitCount);

        var closedFlags = ChooseClosedFlags(request.TicketCount, request.ClosedCount);
        for (var i = 0; i < request.TicketCount; i++)
        {
            // Keep a day clear of the window edge so a ticket does not drop out while a test runs.
            var ageSeconds = (long)(_random.NextDouble() * 362 * Day) + 600;
            organization.Tickets.Add(GenerateTicket(organization, i, closedFlags[i], nowSeconds - ageSeconds, nowSeconds));
        }

        for (var i = 0; i < request.OlderTicketCount; i++)
        {
            var ageSeconds = (long)((400 + _random.NextDouble() * 200) * Day);
            organization.Tickets.Add(GenerateTicket(organization, i, true, nowSeconds - ageSeconds, nowSeconds));
        }
    }

    private List<Site> GenerateSites(Organization organization, int count)
    {
        var sites = new List<Site>();
        for (var i = 0; i < count; i++)
        {
            var place = Places[(i + _random.Next(Places.Length)) % Places.Length];
            var site = new Site
            {
                SiteGuid = _ids.NewSiteGuid(),
                AddressLine1 = place.Street,
                AddressLine2 = i % 3 == 1 ? "STE " + (100 + i).ToString(CultureInfo.InvariantCulture) : "",
                City = place.City,
                State = place.State,
                ZipCode = place.Zip,
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                AddressId = _ids.NewAddressId(),
            };
            organization.Sites.Add(site);
            sites.Add(site);
        }

        return sites;
    }

    private void GenerateCircuits(Organization organization, List<Site> sites, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var site = sites[i % sites.Count];
            organization.Circuits.Add(new Circuit
            {
                CircuitId = _ids.NewCircuitId(),
                SiteGuid = site.SiteGuid,
                StreetAddress1 = site.AddressLine1,
                StreetAddress2 = site.AddressLine2,
                City = site.City,
                State = site.State,
                Zip = site.ZipCode,
                ServiceName = ServiceNames[_random.Next(ServiceNames.Length)],
            });
        }
    }

    private bool[] ChooseClosedFlags(int count, int? closedCount)
    {
        var closed = Math.Clamp(closedCount ?? (count + 1) / 2, 0, count);
        var flags = new bool[count];
        for (var i = 0; i < closed; i++)
        {
            flags[i] = true;
        }

        _random.Shuffle(flags);
        return flags;
    }

    private Ticket GenerateTicket(Organization organization, int index, bool closed, long created, long nowSeconds)
    {
        var site = organization.Sites[_random.Next(organization.Sites.Count)];
        var siteCircuits = organization.Circuits.Where(c => c.SiteGuid == site.SiteGuid).ToList();
        var circuits = siteCircuits.Take(_random.Next(0, Math.Min(2, siteCircuits.Count) + 1)).ToList();
        var source = ReportSources[index % ReportSources.Length];
        var contacts = GenerateContacts();

        var ticket = new Ticket
        {
            Id = _ids.NewTicketId(),
            SpectrumTicketNumber = _ids.NewTicketNumber(),
            CustomerTicketNumber = source.StartsWith("B2B", StringComparison.Ordinal)
                ? "CUST-" + _random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture)
                : "",
            BillingAccountNumber = _random.Next(3) == 0 ? "" : "8260" + _random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture),
            Status = closed ? TicketStatus.Closed : TicketStatus.InProgress,
            TicketReportSource = source,
            BusinessImpact = BusinessImpacts[(index / ReportSources.Length + index) % BusinessImpacts.Length],
            ImpactedServicesJson = JsonSerializer.Serialize(circuits.Select(c => c.ServiceName).Distinct().ToList()),
            ImpactedCircuits = circuits.Select(c => c.CircuitId).ToList(),
            SiteGuid = site.SiteGuid,
            SiteAddress = SiteAddress.FromSite(site),
            SiteContacts = contacts.Select(c => c.Name).ToList(),
            Contacts = contacts,
            TicketSubType = SubTypes[_random.Next(SubTypes.Length)],
            DateCreated = created,
        };

        var age = Math.Max(60, nowSeconds - created);
        if (closed)
        {
            var resolved = Math.Min(nowSeconds, created + 3600 + _random.NextInt64(0, Math.Min(age, 10 * Day)));
            var closedAt = Math.Min(nowSeconds, resolved + _random.NextInt64(0, 3 * Day));
            var resolution = Resolutions[_random.Next(Resolutions.Length)];
            ticket.DateResolved = resolved;
            ticket.DateClosed = closedAt;
            ticket.DateUpdated = closedAt;
            ticket.ResolutionCode = resolution.Code;
            ticket.ResolutionMessage = resolution.Message;
        }
        else
        {
            ticket.DateUpdated = created + _random.NextInt64(0, age);
            ticket.AssignedAction = OpenActions[_random.Next(OpenActions.Length)];
            ticket.NeedsClientAttention = ticket.AssignedAction.StartsWith("Customer", StringComparison.Ordinal);
        }

        ticket.Notes = GenerateNotes(ticket);
        if (_random.Next(3) == 0)
        {
            var start = created + _random.NextInt64(0, Math.Max(1, ticket.DateUpdated - created));
            var end = Math.Min(ticket.DateUpdated, start + _random.NextInt64(600, Day));
            ticket.CustomerActionMinuteDetails = [new CustomerActionPeriod("Customer-Awaiting Additional Information", start, Math.Max(start, end))];
        }

        return ticket;
    }

    private List<TicketContact> GenerateContacts()
    {
        var contacts = new List<TicketContact>();
        var count = _random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[_random.Next(FirstNames.Length)];
            var last = LastNames[_random.Next(LastNames.Length)];
            var phone = _random.NextInt64(2_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            contacts.Add(new TicketContact($"{first} {last}", i == 0 ? "SITE" : "TECHNICAL", phone, $"{first}.{last}@EXAMPLE.COM"));
        }

        return contacts;
    }

    private List<TicketNote> GenerateNotes(Ticket ticket)
    {
        var notes = new List<TicketNote>
        {
            new(ticket.DateCreated, "Customer-Note", "Issue reported: " + ticket.TicketSubType.ToLowerInvariant() + " at " + ticket.SiteAddress.AddressLine1),
        };

        var extra = _random.Next(0, 3);
        for (var i = 0; i < extra; i++)
        {
            var at = ticket.DateCreated + _random.NextInt64(0, Math.Max(1, ticket.DateUpdated - ticket.DateCreated + 1));
            notes.Add(new TicketNote(at, i == 0 ? "General" : "Escalation", "We are reaching out to confirm if your issue has been resolved"));
        }

        return notes.OrderBy(n => n.DateCreated).ToList();
    }
}
