using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class TicketListTests
{
    public sealed class Paging(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Theory]
        [InlineData(25, "tickets", "25 of 25", "1 of 1", false)]
        [InlineData(26, "tickets", "25 of 26", "1 of 2", true)]
        [InlineData(26, "tickets?paginate=true&returnPageNumber=2", "1 of 26", "2 of 2", false)]
        [InlineData(93, "tickets?returnPageNumber=2", "25 of 93", "2 of 4", true)]
        [InlineData(93, "tickets?paginate=true&returnPageNumber=4", "18 of 93", "4 of 4", false)]
        [InlineData(93, "tickets?paginate=false", "93 of 93", "1 of 1", false)]
        public async Task ReturnsEnvelopeForPage(int ticketCount, string path, string retrieved, string pageReturned, bool hasNext)
        {
            var token = await _session.CreateOrganizationAsync(ticketCount);

            var body = await _session.GetJsonAsync(token, path);

            Assert.Equal(ticketCount, body.GetProperty("ticketsCount").GetInt32());
            Assert.Equal(retrieved, body.GetProperty("resultsRetrieved").GetString());
            Assert.Equal(pageReturned, body.GetProperty("pageReturned").GetString());
            Assert.Equal(int.Parse(retrieved.Split(' ')[0]), body.GetProperty("tickets").GetArrayLength());
            Assert.Equal(hasNext, body.GetProperty("nextPageURL").GetString()!.Length > 0);
        }

        [Fact]
        public async Task NamesVendorHostInPageLinks()
        {
            var token = await _session.CreateOrganizationAsync(93, closedCount: 0);

            var body = await _session.GetJsonAsync(token, "tickets?status=In%20Progress&returnPageNumber=2");

            Assert.Equal(
                "https://apis.spectrum.net/entservices/ticketing-b2b/v1/tickets?status=In%20Progress&paginate=true&returnPageNumber=1",
                body.GetProperty("previousPageURL").GetString());
            Assert.Equal(
                "https://apis.spectrum.net/entservices/ticketing-b2b/v1/tickets?status=In%20Progress&paginate=true&returnPageNumber=3",
                body.GetProperty("nextPageURL").GetString());
        }

        [Fact]
        public async Task ReturnsNoContentWhenNothingMatches()
        {
            var token = await _session.CreateOrganizationAsync(0);

            using var response = await _session.GetAsync(token, "tickets");

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task ReturnsEmptyListPastLastPage()
        {
            var token = await _session.CreateOrganizationAsync(26);

            var body = await _session.GetJsonAsync(token, "tickets?returnPageNumber=9");

            Assert.Equal(26, body.GetProperty("ticketsCount").GetInt32());
            Assert.Equal(0, body.GetProperty("tickets").GetArrayLength());
            Assert.Equal("", body.GetProperty("nextPageURL").GetString());
        }

        [Fact]
        public async Task PagesTogetherHoldEveryTicketOnceNewestFirst()
        {
            var token = await _session.CreateOrganizationAsync(60);

            var pages = await Task.WhenAll(Enumerable.Range(1, 3).Select(page => _session.GetJsonAsync(token, $"tickets?returnPageNumber={page}")));

            var tickets = pages.SelectMany(p => p.GetProperty("tickets").EnumerateArray()).ToList();
            Assert.Equal(60, tickets.Select(t => t.GetProperty("id").GetString()).Distinct().Count());
            var created = tickets.Select(t => t.GetProperty("dateCreated").GetInt64()).ToList();
            Assert.Equal(created.OrderByDescending(c => c), created);
        }
    }

    public sealed class Filters(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Theory]
        [InlineData("status=Closed", "Closed")]
        [InlineData("STATUS=closed", "Closed")]
        [InlineData("status=In%20Progress", "In Progress")]
        public async Task FiltersByStatusIgnoringCase(string query, string expected)
        {
            var token = await _session.CreateOrganizationAsync(40, closedCount: 15);

            var body = await _session.GetJsonAsync(token, "tickets?paginate=false&" + query);

            var statuses = body.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ToList();
            Assert.Equal(expected == "Closed" ? 15 : 25, statuses.Count);
            Assert.All(statuses, status => Assert.Equal(expected, status));
        }

        [Theory]
        [InlineData("openDate", "dateCreated")]
        [InlineData("updateDate", "dateUpdated")]
        [InlineData("resolvedDate", "dateResolved")]
        [InlineData("closedDate", "dateClosed")]
        public async Task FiltersByDateRangeAndEchoesEpochSeconds(string parameter, string field)
        {
            var token = await _session.CreateOrganizationAsync(80, closedCount: 40);
            var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var end = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
            var all = await _session.GetJsonAsync(token, "tickets?paginate=false");
            var expected = all.GetProperty("tickets").EnumerateArray()
                .Count(t => t.GetProperty(field).GetInt64() >= start.ToUnixTimeSeconds() && t.GetProperty(field).GetInt64() <= end.ToUnixTimeSeconds());

            var body = await _session.GetJsonAsync(token, $"tickets?paginate=false&{parameter.ToUpperInvariant()}START=2026-01-01T00:00:00.000Z&{parameter}End=2026-04-01T00:00:00.000Z");

            Assert.True(expected > 0);
            Assert.Equal(expected, body.GetProperty("ticketsCount").GetInt32());
            Assert.Equal(start.ToUnixTimeSeconds(), body.GetProperty(parameter + "Start").GetInt64());
            Assert.Equal(end.ToUnixTimeSeconds(), body.GetProperty(parameter + "End").GetInt64());
        }

        [Theory]
        [InlineData("paginate=fals", "Method parameter 'paginate': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; Invalid boolean value [fals]")]
        [InlineData("returnPageNumber=0", "Method parameter 'returnPageNumber'")]
        [InlineData("returnPageNumber=two", "Method parameter 'returnPageNumber'")]
        [InlineData("status=Open", "Method parameter 'status'")]
        [InlineData("openDateStart=2026-01-01", "Method parameter 'openDateStart'")]
        [InlineData("updateDateEnd=2026-01-01T00:00:00Z", "Method parameter 'updateDateEnd'")]
        [InlineData("resolvedDateStart=2026-01-01T00:00:00.0Z", "Method parameter 'resolvedDateStart'")]
        [InlineData("closedDateEnd=2026-01-01T00:00:00.000%2B0000", "Method parameter 'closedDateEnd'")]
        public async Task RejectsInvalidValueNamingParameter(string query, string expectedMessageStart)
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.GetAsync(token, "tickets?" + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith(expectedMessageStart, await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task ListsOnlyTicketsOfLastTwelveMonths()
        {
            var token = await _session.GetTokenAsync();
            var windowStart = DateTimeOffset.Parse(SimulatorSession.FixedNow).AddMonths(-12).ToUnixTimeSeconds();

            var body = await _session.GetJsonAsync(token, "tickets?paginate=false");

            var created = body.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("dateCreated").GetInt64()).ToList();
            Assert.Equal(63, created.Count);
            Assert.All(created, c => Assert.True(c >= windowStart));
        }

        [Fact]
        public async Task HidesSeededOlderTicketsFromDateFilters()
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.GetAsync(token, "tickets?paginate=false&openDateEnd=2025-05-31T00:00:00.000Z");

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }
}
