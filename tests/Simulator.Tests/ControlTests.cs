using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SpectrumTicketing.Simulator.Admin;
using SpectrumTicketing.Simulator.Hosting;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class ControlTests
{
    public sealed class Faults
    {
        [Theory]
        [InlineData(503)]
        [InlineData(429)]
        public async Task StatusFaultRespondsWithoutProcessing(int status)
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("faults", new { route = "GET /sites", kind = "status", status, retryAfterSeconds = 2 });

            using var faulted = await session.GetAsync(token, "sites");
            using var next = await session.GetAsync(token, "sites");

            Assert.Equal(status, (int)faulted.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), faulted.Headers.RetryAfter?.Delta);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }

        [Fact]
        public async Task DropFaultCreatesTicketThenAborts()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.CreateOrganizationAsync(0);
            await session.AdminPostAsync("faults", new { route = "POST /tickets", kind = "drop" });
            var circuits = await session.GetJsonAsync(token, "circuits");
            var circuitId = circuits.GetProperty("circuits")[0].GetProperty("circuitId").GetString();
            var body = $"{{\"circuits\":[\"{circuitId}\"],\"submitterId\":\"s\",\"issueDescription\":\"d\",\"customerTicketId\":\"DROP-1\",\"businessImpact\":\"Outage\",\"contacts\":[{{\"type\":\"Site\",\"firstName\":\"A\",\"lastName\":\"B\",\"phoneNumber\":\"1\",\"email\":\"e\"}}]}}";

            await Assert.ThrowsAsync<HttpRequestException>(() => session.PostJsonAsync(token, "tickets", body));

            var list = await session.GetJsonAsync(token, "tickets");
            Assert.Equal(1, list.GetProperty("ticketsCount").GetInt32());
            var counters = await session.AdminGetAsync("counters");
            Assert.Equal(1, counters.GetProperty("ticketsCreated").GetProperty("DROP-1").GetInt32());
        }

        [Fact]
        public async Task HtmlFaultReturnsErrorPage()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("faults", new { route = "*", kind = "html" });

            using var response = await session.GetAsync(token, "circuits");

            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task TruncatedFaultCutsJsonInHalf()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            using var whole = await session.GetAsync(token, "sites");
            var wholeText = await whole.Content.ReadAsStringAsync();
            await session.AdminPostAsync("faults", new { route = "GET /sites", kind = "truncated" });

            using var response = await session.GetAsync(token, "sites");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(wholeText[..(wholeText.Length / 2)], await response.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("slowBody")]
        [InlineData("latency")]
        public async Task DelayFaultTakesAtLeastDelay(string kind)
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("faults", new { route = "GET /sites", kind, delayMs = 600 });
            var stopwatch = Stopwatch.StartNew();

            var body = await session.GetJsonAsync(token, "sites");

            Assert.True(stopwatch.ElapsedMilliseconds >= 550, $"took {stopwatch.ElapsedMilliseconds} ms");
            Assert.True(body.GetProperty("sitesCount").GetInt32() > 0);
        }

        [Fact]
        public async Task ExpireTokenFaultAffectsOneRequest()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("faults", new { route = "GET /tickets", kind = "expireToken" });

            using var first = await session.GetAsync(token, "tickets");
            using var second = await session.GetAsync(token, "tickets");

            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
            Assert.Equal("Access token expired", (await SimulatorSession.ReadJsonAsync(first)).GetProperty("resultMessage").GetString());
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        [Fact]
        public async Task CountAppliesFaultToThatManyRequests()
        {
            await using var session = await SimulatorSession.StartAsync(options => options.Faults.Add("GET /sites=500:2"));
            var token = await session.GetTokenAsync();

            using var first = await session.GetAsync(token, "sites");
            using var second = await session.GetAsync(token, "sites");
            using var third = await session.GetAsync(token, "sites");

            Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
            Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        }

        [Fact]
        public async Task DeleteClearsFaults()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("faults", new { route = "GET /sites", kind = "status", status = 503 });

            using var deleted = await session.Http.DeleteAsync("_simulator/faults");
            using var response = await session.GetAsync(token, "sites");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public sealed class Counters
    {
        [Fact]
        public async Task CountsRequestsPerRouteAndResets()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.GetAsync(token, "sites");
            await session.GetAsync(token, "tickets/ECT-82979269");

            var counters = await session.AdminGetAsync("counters");
            await session.AdminPostAsync("reset");
            var afterReset = await session.AdminGetAsync("counters");

            Assert.Equal(1, counters.GetProperty("tokenRequests").GetInt32());
            Assert.Equal(1, counters.GetProperty("requests").GetProperty("GET /sites").GetInt32());
            Assert.Equal(1, counters.GetProperty("requests").GetProperty("GET /tickets/{id}").GetInt32());
            Assert.Equal(0, counters.GetProperty("requests").GetProperty("POST /tickets/{id}/attachments").GetInt32());
            Assert.Equal(9, counters.GetProperty("requests").EnumerateObject().Count());
            Assert.Equal(0, afterReset.GetProperty("requests").GetProperty("GET /sites").GetInt32());
        }
    }

    public sealed class AdminAccess
    {
        [Theory]
        [InlineData("127.0.0.1", true)]
        [InlineData("::1", true)]
        [InlineData("::ffff:127.0.0.1", true)]
        [InlineData("10.0.0.5", false)]
        [InlineData("192.168.1.20", false)]
        [InlineData("::ffff:10.0.0.5", false)]
        public void AllowsOnlyLoopback(string address, bool expected)
        {
            var remote = IPAddress.Parse(address);

            var allowed = LoopbackGuard.IsAllowed(remote);

            Assert.Equal(expected, allowed);
        }

        [Fact]
        public void RejectsUnknownAddress()
        {
            var allowed = LoopbackGuard.IsAllowed(null);

            Assert.False(allowed);
        }

        [Theory]
        [InlineData("http://0.0.0.0:5080")]
        [InlineData("http://192.168.1.20:5080")]
        [InlineData("http://*:5080")]
        [InlineData("https://127.0.0.1:5080")]
        public void CommandLineRejectsNonLoopbackUrl(string url)
        {
            var parse = () => CommandLine.Parse(["--urls", url]);

            Assert.Throws<FormatException>(parse);
        }

        [Theory]
        [InlineData("http://127.0.0.1:0", 0)]
        [InlineData("http://localhost:6123", 6123)]
        public void CommandLineAcceptsLoopbackUrl(string url, int expectedPort)
        {
            var options = CommandLine.Parse(["--urls", url]);

            Assert.Equal(expectedPort, options!.Port);
        }
    }

    public sealed class SeedData
    {
        [Fact]
        public async Task SameSeedGivesSameTickets()
        {
            await using var first = await SimulatorSession.StartAsync(options => options.Seed = 5);
            await using var second = await SimulatorSession.StartAsync(options => options.Seed = 5);

            var firstBody = await first.GetAsync(await first.GetTokenAsync(), "tickets?paginate=false");
            var secondBody = await second.GetAsync(await second.GetTokenAsync(), "tickets?paginate=false");

            Assert.Equal(await firstBody.Content.ReadAsStringAsync(), await secondBody.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task DifferentSeedGivesDifferentTickets()
        {
            await using var first = await SimulatorSession.StartAsync(options => options.Seed = 5);
            await using var second = await SimulatorSession.StartAsync(options => options.Seed = 6);

            var firstBody = await first.GetAsync(await first.GetTokenAsync(), "tickets?paginate=false");
            var secondBody = await second.GetAsync(await second.GetTokenAsync(), "tickets?paginate=false");

            Assert.NotEqual(await firstBody.Content.ReadAsStringAsync(), await secondBody.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task CoversEverySourceAndImpact()
        {
            await using var session = await SimulatorSession.StartAsync();

            var body = await session.GetJsonAsync(await session.GetTokenAsync(), "tickets?paginate=false");

            var tickets = body.GetProperty("tickets").EnumerateArray().ToList();
            string[] sources = ["Inbound Call", "Email", "Alarm", "SE.NET", "B2B-API", "B2B-Alarm", "EIT Upload", "Planned Maintenance"];
            Assert.All(sources, s => Assert.Contains(tickets, t => t.GetProperty("ticketReportSource").GetString() == s));
            string[] impacts = ["Outage", "Impairment", "Failover", "Information"];
            Assert.All(impacts, i => Assert.Contains(tickets, t => t.GetProperty("businessImpact").GetString() == i));
            Assert.All(tickets.Where(t => t.GetProperty("status").GetString() == "Closed"), t => Assert.True(t.GetProperty("dateClosed").GetInt64() > 0));
        }

        [Fact]
        public async Task GeneratesTenThousandTickets()
        {
            await using var session = await SimulatorSession.StartAsync(options => options.TicketCount = 10_000);

            var body = await session.GetJsonAsync(await session.GetTokenAsync(), "tickets?returnPageNumber=200");

            Assert.Equal(10_003, body.GetProperty("ticketsCount").GetInt32());
            Assert.Equal(25, body.GetProperty("tickets").GetArrayLength());
        }
    }
}
