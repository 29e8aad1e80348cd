using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// Loads organisations from a JSON file whose sites, circuits and tickets have the shapes the API returns
/// (see samples/data.json). An organisation with the client id of a built-in one replaces it.
/// Callers hold the store's lock.
/// </summary>
internal static class DataFileReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static void Load(string path, SimulatorState state)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), ParseOptions);
        }
        catch (IOException exception)
        {
            throw new DataFileException($"Cannot read data file '{path}': {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new DataFileException($"Cannot read data file '{path}': {exception.Message}", exception);
        }
        catch (JsonException exception)
        {
            throw new DataFileException($"Data file '{path}' is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("organizations", out var organizations) || organizations.ValueKind != JsonValueKind.Array)
            {
                throw new DataFileException($"Data file '{path}' must contain an \"organizations\" array.");
            }

            var nowSeconds = state.Clock.UtcNowSeconds;
            var ids = new IdFactory(new Random(0), state.Store);
            foreach (var element in organizations.EnumerateArray())
            {
                state.Store.AddOrReplace(ReadOrganization(element, ids, nowSeconds, path));
            }
        }
    }

    private static Organization ReadOrganization(JsonElement element, IdFactory ids, long nowSeconds, string path)
    {
        var clientId = Required(element, "clientId", path);
        var organization = new Organization
        {
            ClientId = clientId,
            ClientSecret = Required(element, "clientSecret", path),
            CxId = Text(element, "cxId") is { Length: > 0 } cxId ? cxId : ids.NewCxId(),
        };

        foreach (var site in Items(element, "sites"))
        {
            organization.Sites.Add(new Site
            {
                SiteGuid = Required(site, "siteGuid", path),
                AddressLine1 = Text(site, "addressLine1"),
                AddressLine2 = Text(site, "addressLine2"),
                City = Text(site, "city"),
                State = Text(site, "state"),
                ZipCode = Text(site, "zipCode"),
                Latitude = Text(site, "latitude"),
                Longitude = Text(site, "longitude"),
                AddressId = Text(site, "addressId") is { Length: > 0 } addressId ? addressId : ids.NewAddressId(),
            });
        }

        foreach (var circuit in Items(element, "circuits"))
        {
            var location = circuit.TryGetProperty("location", out var value) ? value : default;
            organization.Circuits.Add(new Circuit
            {
                CircuitId = Required(circuit, "circuitId", path),
                SiteGuid = Text(circuit, "siteGuid"),
                StreetAddress1 = Text(location, "streetAddress1"),
                StreetAddress2 = Text(location, "streetAddress2"),
                City = Text(location, "city"),
                State = Text(location, "state"),
                Zip = Text(location, "zip"),
                ServiceName = Text(circuit, "serviceName") is { Length: > 0 } service ? service : "Data-Fiber Internet",
            });
        }

        foreach (var ticket in Items(element, "tickets"))
        {
            organization.Tickets.Add(ReadTicket(ticket, organization, nowSeconds, path));
        }

        return organization;
    }

    private static Ticket ReadTicket(JsonElement element, Organization organization, long nowSeconds, string path)
    {
        var siteGuid = Text(element, "siteGuid");
        var site = organization.Sites.FirstOrDefault(s => string.Equals(s.SiteGuid, siteGuid, StringComparison.OrdinalIgnoreCase));
        var created = Date(element, "dateCreated");
        var ticket = new Ticket
        {
            Id = Required(element, "id", path),
            SpectrumTicketNumber = Required(element, "spectrumTicketNumber", path),
            CustomerTicketNumber = Text(element, "customerTicketNumber"),
            BillingAccountNumber = Text(element, "billingAccountNumber"),
            Status = Text(element, "status") is { Length: > 0 } status ? status : TicketStatus.InProgress,
            TicketReportSource = Text(element, "ticketReportSource"),
            NeedsClientAttention = element.TryGetProperty("needsClientAttention", out var attention) && attention.ValueKind == JsonValueKind.True,
            BusinessImpact = Text(element, "businessImpact"),
            ImpactedServicesJson = element.TryGetProperty("impactedServices", out var services) && services.ValueKind == JsonValueKind.Array
                ? services.GetRawText()
                : "[]",
            ImpactedCircuits = Strings(element, "impactedCircuits"),
            SiteGuid = siteGuid,
            SiteContacts = Strings(element, "siteContacts"),
            Contacts = Items(element, "contacts")
                .Select(c => new TicketContact(Text(c, "name"), Text(c, "type"), Text(c, "phoneNumber"), Text(c, "email")))
                .ToList(),
            TicketType = Text(element, "ticketType") is { Length: > 0 } type ? type : "ECT",
            TicketSubType = Text(element, "ticketSubType"),
            AssignedAction = Text(element, "assignedAction"),
            DateCreated = created == 0 ? nowSeconds : created,
            DateUpdated = Date(element, "dateUpdated"),
            DateResolved = Date(element, "dateResolved"),
            DateClosed = Date(element, "dateClosed"),
            ResolutionCode = Text(element, "resolutionCode"),
            ResolutionMessage = Text(element, "resolutionMessage"),
            CustomerActionMinuteDetails = Items(element, "customerActionMinuteDetails")
                .Select(a => new CustomerActionPeriod(Text(a, "action"), Number(a, "startTime"), Number(a, "endTime")))
                .ToList(),
            Notes = Items(element, "notes")
                .Select(n => new TicketNote(Date(n, "dateCreated"), Text(n, "noteType"), Text(n, "note")))
                .ToList(),
        };

        if (ticket.DateUpdated == 0)
        {
            ticket.DateUpdated = ticket.DateCreated;
        }

        ticket.SiteAddress = element.TryGetProperty("siteAddress", out var address) && address.ValueKind == JsonValueKind.Object
            ? new SiteAddress
            {
                Id = Text(address, "id"),
                AddressLine1 = Text(address, "addressLine1"),
                City = Text(address, "city"),
                State = Text(address, "state"),
                Zip5 = Text(address, "zip5"),
                Latitude = Text(address, "latitude"),
                Longitude = Text(address, "longitude"),
            }
            : site is null ? new SiteAddress() : SiteAddress.FromSite(site);
        return ticket;
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().ToList()
            : [];

    private static List<string> Strings(JsonElement element, string name) =>
        Items(element, name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToList();

    private static string Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return "";
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => "",
        };
    }

    private static string Required(JsonElement element, string name, string path) =>
        Text(element, name) is { Length: > 0 } value
            ? value
            : throw new DataFileException($"Data file '{path}': a record is missing \"{name}\".");

    private static long Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;

    // The epoch field is the value of record; the readable "...YMD" field is the fallback.
    private static long Date(JsonElement element, string name)
    {
        var epoch = Number(element, name);
        if (epoch != 0)
        {
            return epoch;
        }

        var readable = Text(element, name + "YMD");
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss.fffK", "yyyy-MM-dd'T'HH:mm:ss.fffzzzz", "yyyy-MM-dd'T'HH:mm:ss.fff'+0000'"];
        return DateTimeOffset.TryParseExact(readable, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUnixTimeSeconds()
            : 0;
    }
}
