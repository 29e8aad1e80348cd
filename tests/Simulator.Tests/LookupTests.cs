using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class LookupTests
{
    public sealed class SingleTicket(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private const string ExampleId = "RSGADGJJIOCU6AS0P48V5J0R1XHZCX";

        private readonly SimulatorSession _session = shared.Session;

        [Theory]
        [InlineData(ExampleId)]
        [InlineData("ECT-82979269")]
        public async Task FindsVendorExampleByIdOrNumber(string idOrNumber)
        {
            var token = await _session.GetTokenAsync();

            var ticket = await _session.GetJsonAsync(token, "tickets/" + idOrNumber);

            Assert.Equal(ExampleId, ticket.GetProperty("id").GetString());
            Assert.Equal("ECT-82979269", ticket.GetProperty("spectrumTicketNumber").GetString());
            Assert.Equal("81.L1XX.011988..CHTR", ticket.GetProperty("impactedCircuits")[0].GetString());
            Assert.Equal("7706F9DF9264182A6E728CA27C26F616", ticket.GetProperty("siteAddress").GetProperty("id").GetString());
            Assert.EndsWith(".000Z", ticket.GetProperty("dateCreatedYMD").GetString());
            Assert.Equal(0, ticket.GetProperty("customerActionMinuteDetails").GetArrayLength());
            Assert.Equal(2, ticket.GetProperty("notes").GetArrayLength());
            Assert.Equal("Add comments 1- test", ticket.GetProperty("notes")[1].GetProperty("note").GetString());
        }

        [Fact]
        public async Task ListShowsNestedEmptyImpactedServices()
        {
            var token = await _session.GetTokenAsync();

            var body = await _session.GetJsonAsync(token, "tickets?paginate=false");

            var example = body.GetProperty("tickets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "RSGADG2LITIC5ASBZCZMSAYTNXPKZI");
            Assert.Equal("[[]]", example.GetProperty("impactedServices").GetRawText());
            Assert.EndsWith(".000+0000", example.GetProperty("dateCreatedYMD").GetString());
            Assert.False(example.TryGetProperty("notes", out _));
        }

        [Fact]
        public async Task ReturnsNoContentForUnknownId()
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.GetAsync(token, "tickets/NOSUCHTICKET000000000000000000");

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task ForbidsOtherOrganisationsTicketWithEmptyBody()
        {
            var otherToken = await _session.GetTokenAsync("other-client", "other-secret");

            using var response = await _session.GetAsync(otherToken, "tickets/" + ExampleId);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    public sealed class SitesAndCircuits(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Fact]
        public async Task ListsSitesInVendorShape()
        {
            var token = await _session.GetTokenAsync();

            var body = await _session.GetJsonAsync(token, "sites");

            var sites = body.GetProperty("sites").EnumerateArray().ToList();
            Assert.Equal(sites.Count, body.GetProperty("sitesCount").GetInt32());
            var brandon = sites.Single(s => s.GetProperty("siteGuid").GetString() == "CSGADGH1JT34HARQG9QLRPGM361HU8");
            Assert.Equal("2A8C9B32-D557-4170-ABC1-CDA9CE30D621", brandon.GetProperty("cxId").GetString());
            Assert.Equal("3918 S KINGS AVE", brandon.GetProperty("addressLine1").GetString());
            Assert.Equal("", brandon.GetProperty("addressLine2").GetString());
            Assert.Equal("BRANDON", brandon.GetProperty("city").GetString());
            Assert.Equal("FL", brandon.GetProperty("state").GetString());
            Assert.Equal("33511", brandon.GetProperty("zipCode").GetString());
        }

        [Fact]
        public async Task ListsCircuitsInVendorShape()
        {
            var token = await _session.GetTokenAsync();

            var body = await _session.GetJsonAsync(token, "circuits");

            var circuits = body.GetProperty("circuits").EnumerateArray().ToList();
            Assert.Equal(circuits.Count, body.GetProperty("circuitsCount").GetInt32());
            var austin = circuits.Single(c => c.GetProperty("circuitId").GetString() == "51.L1XX.010501..TWCC");
            Assert.Equal("2A8C9B32-D557-4170-ABC1-CDA9CE30D621", austin.GetProperty("cxId").GetString());
            Assert.Equal("11921 N MOPAC EXPY", austin.GetProperty("location").GetProperty("streetAddress1").GetString());
            Assert.Equal("78759", austin.GetProperty("location").GetProperty("zip").GetString());
        }

        [Fact]
        public async Task GetsOneCircuit()
        {
            var token = await _session.GetTokenAsync();

            var circuit = await _session.GetJsonAsync(token, "circuits/94.L1XX.001464..CHTR");

            Assert.Equal("94.L1XX.001464..CHTR", circuit.GetProperty("circuitId").GetString());
            Assert.Equal("ENGLEWOOD", circuit.GetProperty("location").GetProperty("city").GetString());
        }

        [Theory]
        [InlineData("other-client", "other-secret", HttpStatusCode.Forbidden)]
        [InlineData("demo-client", "demo-secret", HttpStatusCode.NoContent)]
        public async Task ScopesCircuitLookup(string clientId, string secret, HttpStatusCode expected)
        {
            var token = await _session.GetTokenAsync(clientId, secret);
            var circuitId = expected == HttpStatusCode.Forbidden ? "94.L1XX.001464..CHTR" : "99.A9AA.A123456.AA.AAAA";

            using var response = await _session.GetAsync(token, "circuits/" + circuitId);

            Assert.Equal(expected, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task OrganisationWithoutTicketsStillHasSitesAndCircuits()
        {
            var token = await _session.CreateOrganizationAsync(0, siteCount: 2, circuitCount: 4);

            var sites = await _session.GetJsonAsync(token, "sites");
            var circuits = await _session.GetJsonAsync(token, "circuits");

            Assert.Equal(2, sites.GetProperty("sitesCount").GetInt32());
            Assert.Equal(4, circuits.GetProperty("circuitsCount").GetInt32());
        }
    }
}
