using System.Collections.Generic;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// The records that the vendor's API document shows for the organisation 2A8C9B32-D557-4170-ABC1-CDA9CE30D621,
/// kept field for field except that their dates move into the last 12 months.
/// </summary>
internal static class VendorExamples
{
    public const string DemoCxId = "2A8C9B32-D557-4170-ABC1-CDA9CE30D621";

    private const long Day = 86_400;

    public static void AddTo(Organization organization, long nowSeconds)
    {
        var brandon = new Site
        {
            SiteGuid = "CSGADGH1JT34HARQG9QLRPGM361HU8",
            AddressLine1 = "3918 S KINGS AVE",
            City = "BRANDON",
            State = "FL",
            ZipCode = "33511",
            Latitude = "27.9056",
            Longitude = "-82.2881",
            AddressId = "7706F9DF9264182A6E728CA27C26F616",
        };
        var englewood = new Site
        {
            SiteGuid = "CSGADGH1JT34HARQG9S9RPGM541HYP",
            AddressLine1 = "6399 S FIDDLERS GREEN CIR",
            City = "ENGLEWOOD",
            State = "CO",
            ZipCode = "80111",
            Latitude = "39.6010",
            Longitude = "-104.8930",
            AddressId = "3C1D0E7F4B2A49D8A1E5F60718293A4B",
        };

        // The document lists a circuit in Austin without listing a site there, so this site is invented.
        var austin = new Site
        {
            SiteGuid = "CSGADGH1JT34HARQG9AUSTN0000001",
            AddressLine1 = "11921 N MOPAC EXPY",
            City = "AUSTIN",
            State = "TX",
            ZipCode = "78759",
            Latitude = "30.4024",
            Longitude = "-97.7262",
            AddressId = "9A8B7C6D5E4F30211203F4E5D6C7B8A9",
        };
        organization.Sites.AddRange([brandon, englewood, austin]);

        organization.Circuits.AddRange(
        [
            CircuitAt("51.L1XX.010501..TWCC", austin, "Data-Fiber Internet"),
            CircuitAt("81.L1XX.011986..CHTR", brandon, "Data-Broadband Internet"),
            CircuitAt("94.L1XX.001462..CHTR", englewood, "Data-EPL"),
            CircuitAt("94.L1XX.001463..CHTR", englewood, "Data-EPL"),
            CircuitAt("94.L1XX.001464..CHTR", englewood, "Data-EPL"),
            CircuitAt("81.L1XX.011988..CHTR", brandon, "Data-Broadband Internet"),
        ]);

        organization.Tickets.Add(ClosedInformationTicket(brandon, ShiftFor(1696369378, nowSeconds, 45)));
        organization.Tickets.Add(OpenOutageTicket(englewood, nowSeconds - 3 * Day - 5_000));
        organization.Tickets.Add(ClosedOutageTicket(brandon, ShiftFor(1711034311, nowSeconds, 20)));
    }

    private static Circuit CircuitAt(string circuitId, Site site, string serviceName) => new()
    {
        CircuitId = circuitId,
        SiteGuid = site.SiteGuid,
        StreetAddress1 = site.AddressLine1,
        StreetAddress2 = site.AddressLine2,
        City = site.City,
        State = site.State,
        Zip = site.ZipCode,
        ServiceName = serviceName,
    };

    /// <summary>Returns a shift in whole days that moves <paramref name="originalCreated"/> to about <paramref name="daysAgo"/> days before now.</summary>
    private static long ShiftFor(long originalCreated, long nowSeconds, int daysAgo) =>
        (nowSeconds - daysAgo * Day - originalCreated) / Day * Day;

    // The first record of the GET /tickets example, including its nested empty impactedServices list.
    private static Ticket ClosedInformationTicket(Site site, long shift) => new()
    {
        Id = "RSGADG2LITIC5ASBZCZMSAYTNXPKZI",
        SpectrumTicketNumber = "ECT-82521505",
        Status = TicketStatus.Closed,
        TicketReportSource = "B2B-API",
        BusinessImpact = "Information",
        ImpactedServicesJson = "[[]]",
        ImpactedCircuits = [],
        SiteGuid = site.SiteGuid,
        SiteAddress = SiteAddress.FromSite(site),
        SiteContacts = ["SPECTRUM SITE EBOND TEST USER"],
        Contacts = [new TicketContact("SPECTRUM SITE EBOND TEST USER", "SITE", "1231231234", "TESTYTHESITESTER@EMAIL.COM")],
        TicketSubType = "ticket",
        DateCreated = 1696369378 + shift,
        DateUpdated = 1696824000 + shift,
        DateResolved = 1696824000 + shift,
        DateClosed = 1696824000 + shift,
        ResolutionCode = "Automation-Closed-Ticketing System-Ticket",
        ResolutionMessage = "Automation Closed Ticket at Ticketing System",
        Notes = [new TicketNote(1696369378 + shift, "Customer-Note", "Information request")],
    };

    // The document shows only the id of the second GET /tickets record; the other fields are invented.
    private static Ticket OpenOutageTicket(Site site, long created) => new()
    {
        Id = "RSGADG2LITIC5ASCC166SBCCESRUM1",
        SpectrumTicketNumber = "ECT-82521517",
        Status = TicketStatus.InProgress,
        TicketReportSource = "Inbound Call",
        BusinessImpact = "Outage",
        ImpactedServicesJson = "[\"Data-EPL\"]",
        ImpactedCircuits = ["94.L1XX.001462..CHTR"],
        SiteGuid = site.SiteGuid,
        SiteAddress = SiteAddress.FromSite(site),
        SiteContacts = ["JOHN DOE"],
        Contacts = [new TicketContact("JOHN DOE", "SITE", "1231231234", "JOHN.DOE@EMAIL.COM")],
        TicketSubType = "No Connectivity",
        AssignedAction = "Maintenance - Waiting for Approvals",
        DateCreated = created,
        DateUpdated = created + 7_200,
        Notes = [new TicketNote(created, "General", "Circuit down reported by phone")],
    };

    // The GET /tickets/{ticket_id} example, with both of its notes.
    private static Ticket ClosedOutageTicket(Site site, long shift) => new()
    {
        Id = "RSGADGJJIOCU6AS0P48V5J0R1XHZCX",
        SpectrumTicketNumber = "ECT-82979269",
        Status = TicketStatus.Closed,
        TicketReportSource = "B2B-API",
        BusinessImpact = "Outage",
        ImpactedServicesJson = "[\"Data-Broadband Internet\"]",
        ImpactedCircuits = ["81.L1XX.011988..CHTR"],
        SiteGuid = site.SiteGuid,
        SiteAddress = SiteAddress.FromSite(site),
        SiteContacts = ["JOHN DOE"],
        Contacts = [new TicketContact("JOHN DOE", "SITE", "1231231234", "SEVSICH@ING-EMAIL.COM")],
        TicketSubType = "ticket",
        DateCreated = 1711034311 + shift,
        DateUpdated = 1711512000 + shift,
        DateResolved = 1711512000 + shift,
        DateClosed = 1711512000 + shift,
        ResolutionCode = "Automation-Closed-Ticketing System-Ticket",
        ResolutionMessage = "Automation Closed Ticket at Ticketing System",
        Notes =
        [
            new TicketNote(
                1711034311 + shift,
                "Customer-Note",
                "Customer Provided CID: 81.L1XX.011988..CHTR<br><br><strong>Issue Description: </strong>TEST TICKET - Client API Test<br><strong>Impacted Services: </strong>Data-Fiber Internet<br><strong>Business Impact: </strong>Outage<br><strong>Does building have power? </strong>Yes<br><strong>Does equipment have power? </strong>Yes<br><strong>Trouble Shooting Steps: </strong>Turned off and on again. Test ticket.<br><strong>Access Hours:</strong> 09:00 to 17:00<br><strong>Additional Information: </strong>This is a test ticket for ING - Spectrum integration API call"),
            new TicketNote(1711132534 + shift, "Customer-Note", "Add comments 1- test"),
        ],
    };
}
