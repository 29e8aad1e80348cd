using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class WriteTests
{
    private const string ValidBody = """
        {
          "circuits": ["81.L1XX.011986..CHTR", "81.L1XX.011988..CHTR"],
          "submitterId": "joe@example.com",
          "alarm": null,
          "issueDescription": "Circuit down",
          "customerTicketId": "CUST-1",
          "businessImpact": "Outage",
          "buildingPower": true,
          "contacts": [{ "type": "site", "firstName": "Jo", "lastName": "Doe", "phoneNumber": "123", "email": "jo@example.com" }],
          "siteAccessStartTime": "09:00",
          "siteAccessEndTime": "17:00"
        }
        """;

    private static string WithField(string name, string rawValue)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ValidBody)!.AsObject();
        node[name] = rawValue == "<absent>" ? null : System.Text.Json.Nodes.JsonNode.Parse(rawValue);
        if (rawValue == "<absent>")
        {
            node.Remove(name);
        }

        return node.ToJsonString();
    }

    public sealed class CreateTicket(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Fact]
        public async Task CreatesTicketThatReadsBack()
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostJsonAsync(token, "tickets", ValidBody);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var created = await SimulatorSession.ReadJsonAsync(response);
            var id = created.GetProperty("ticketId").GetString()!;
            Assert.Matches("^[A-Z0-9]{30}$", id);
            Assert.Matches("^ECT-[0-9]{8}$", created.GetProperty("spectrumTicketNumber").GetString()!);
            var ticket = await _session.GetJsonAsync(token, "tickets/" + id);
            Assert.Equal("In Progress", ticket.GetProperty("status").GetString());
            Assert.Equal("B2B-API", ticket.GetProperty("ticketReportSource").GetString());
            Assert.Equal("CUST-1", ticket.GetProperty("customerTicketNumber").GetString());
            Assert.Equal("CSGADGH1JT34HARQG9QLRPGM361HU8", ticket.GetProperty("siteGuid").GetString());
            Assert.Equal(2, ticket.GetProperty("impactedCircuits").GetArrayLength());
            Assert.Equal("SITE", ticket.GetProperty("contacts")[0].GetProperty("type").GetString(), ignoreCase: true);
            var note = ticket.GetProperty("notes")[0];
            Assert.Equal("Customer-Note", note.GetProperty("noteType").GetString());
            Assert.StartsWith("Customer Provided CID: 81.L1XX.011986..CHTR", note.GetProperty("note").GetString());
            Assert.Contains("<strong>Access Hours:</strong> 09:00 to 17:00", note.GetProperty("note").GetString());
        }

        [Fact]
        public async Task AlarmTicketHasAlarmSource()
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostJsonAsync(token, "tickets", WithField("alarm", "true"));

            var id = (await SimulatorSession.ReadJsonAsync(response)).GetProperty("ticketId").GetString()!;
            var ticket = await _session.GetJsonAsync(token, "tickets/" + id);
            Assert.Equal("B2B-Alarm", ticket.GetProperty("ticketReportSource").GetString());
        }

        [Theory]
        [InlineData("circuits", "[]", "Both siteGuid and circuits are null")]
        [InlineData("circuits", "[\"51.L1XX.010501..TWCC\",\"94.L1XX.001462..CHTR\"]", "All circuits on a ticket must be at the same site")]
        [InlineData("circuits", "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]", "A ticket can include at most 5 circuits")]
        [InlineData("circuits", "[\"99.A9AA.A123456.AA.AAAA\",\"81.L1XX.011986..CHTR\",\"X.Y\"]", "One or more invalid circuits : 99.A9AA.A123456.AA.AAAA,X.Y")]
        [InlineData("siteGuid", "\"CSGNOTOURS0000000000000000000\"", "Invalid siteGuid : CSGNOTOURS0000000000000000000")]
        [InlineData("submitterId", "<absent>", "Ticket must include following fields with valid values: externalSubmitterId")]
        [InlineData("businessImpact", "<absent>", "Field: 'businessImpact' must not be null")]
        [InlineData("businessImpact", "\"Failover\"", "Field: 'businessImpact' has an invalid value 'Failover'")]
        [InlineData("contacts", "[{\"type\":\"Technical\",\"firstName\":\"A\",\"lastName\":\"B\",\"phoneNumber\":\"1\",\"email\":\"e\"}]", "Ticket must include at least one contact of type 'Site'")]
        [InlineData("contacts", "[{\"type\":\"Site\",\"firstName\":\"A\",\"lastName\":\"B\",\"phoneNumber\":\"1\"}]", "Contact 1 must include following fields with valid values: email")]
        [InlineData("siteAccessStartTime", "\"9am\"", "Field: 'siteAccessStartTime' must be a time of day")]
        [InlineData("siteAccessEndTime", "\"24:00\"", "Field: 'siteAccessEndTime' must be a time of day")]
        public async Task RejectsBrokenRule(string field, string rawValue, string expectedMessageStart)
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostJsonAsync(token, "tickets", WithField(field, rawValue));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith(expectedMessageStart, await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task RejectsOtherOrganisationsCircuit()
        {
            var otherToken = await _session.GetTokenAsync("other-client", "other-secret");

            using var response = await _session.PostJsonAsync(otherToken, "tickets", ValidBody);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("One or more invalid circuits : 81.L1XX.011986..CHTR,81.L1XX.011988..CHTR", await SimulatorSession.MessageOf(response));
        }

        [Theory]
        [InlineData("{\"alarm\": ,\"submitterId\":\"x\"}", "Unexpected character (',' (code 44)): expected a value")]
        [InlineData("{\"submitterId\": \"x\"", "Unexpected end-of-input")]
        [InlineData("{\"alarm\": \"Yes\"}", "Cannot deserialize value of type `java.lang.Boolean` from String \"Yes\"")]
        public async Task RejectsMalformedJsonWithParseError(string body, string expectedFragment)
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostJsonAsync(token, "tickets", body);

            var json = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Bad Request", json.GetProperty("error").GetString());
            Assert.StartsWith("JSON parse error: ", json.GetProperty("message").GetString());
            Assert.Contains(expectedFragment, json.GetProperty("message").GetString());
        }
    }

    public sealed class Notes(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        private async Task<(string Token, string Id)> CreateTicketAsync()
        {
            var token = await _session.GetTokenAsync();
            using var response = await _session.PostJsonAsync(token, "tickets", ValidBody);
            return (token, (await SimulatorSession.ReadJsonAsync(response)).GetProperty("ticketId").GetString()!);
        }

        [Theory]
        [InlineData("Customer-Note")]
        [InlineData("Customer-Closure")]
        public async Task AddsNoteAndKeepsTicketOpen(string action)
        {
            var (token, id) = await CreateTicketAsync();
            await _session.AdminPostAsync("settings", new { now = "2026-06-02T08:00:00Z" });

            using var response = await _session.PostJsonAsync(token, $"tickets/{id}/notes", $"{{\"note\":\"Works now\",\"submitterId\":\"jo@example.com\",\"action\":\"{action}\"}}");

            await _session.AdminPostAsync("settings", new { now = SimulatorSession.FixedNow });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(id, (await SimulatorSession.ReadJsonAsync(response)).GetProperty("ticketId").GetString());
            var ticket = await _session.GetJsonAsync(token, "tickets/" + id);
            var last = ticket.GetProperty("notes").EnumerateArray().Last();
            Assert.Equal(action, last.GetProperty("noteType").GetString());
            Assert.Equal("Works now", last.GetProperty("note").GetString());
            Assert.Equal("In Progress", ticket.GetProperty("status").GetString());
            Assert.Equal(DateTimeOffset.Parse("2026-06-02T08:00:00Z").ToUnixTimeSeconds(), ticket.GetProperty("dateUpdated").GetInt64());
        }

        [Theory]
        [InlineData("{\"note\":\"x\",\"submitterId\":\"s\"}", "Field: 'action' must not be null")]
        [InlineData("{\"note\":\"x\",\"submitterId\":\"s\",\"action\":\"Escalate\"}", "Field: 'action' must not be null")]
        [InlineData("{\"note\":\"\",\"submitterId\":\"s\",\"action\":\"Customer-Note\"}", "Field: 'note' must not be null")]
        [InlineData("{\"note\":\"x\",\"action\":\"Customer-Note\"}", "Field: 'submitterId' must not be null")]
        public async Task RejectsInvalidNote(string body, string expected)
        {
            var (token, id) = await CreateTicketAsync();

            using var response = await _session.PostJsonAsync(token, $"tickets/{id}/notes", body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(expected, await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task RejectsNoteLongerThanTenThousandCharacters()
        {
            var (token, id) = await CreateTicketAsync();
            var body = JsonSerializer.Serialize(new { note = new string('n', 10_001), submitterId = "s", action = "Customer-Note" });

            using var response = await _session.PostJsonAsync(token, $"tickets/{id}/notes", body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith("Field: 'note' size must be between 1 and 10000", await SimulatorSession.MessageOf(response));
        }

        [Theory]
        [InlineData("ECT-82979269")]
        [InlineData("NOSUCHTICKET")]
        public async Task RejectsNumberOrUnknownIdAsNotFound(string path)
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostJsonAsync(token, $"tickets/{path}/notes", "{\"note\":\"x\",\"submitterId\":\"s\",\"action\":\"Customer-Note\"}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Ticket not found", await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task RejectsClosedTicket()
        {
            var (token, id) = await CreateTicketAsync();
            await _session.AdminPostAsync($"tickets/{id}/close");

            using var response = await _session.PostJsonAsync(token, $"tickets/{id}/notes", "{\"note\":\"x\",\"submitterId\":\"s\",\"action\":\"Customer-Note\"}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Ticket is not in editable state", await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task ForbidsOtherOrganisationsTicket()
        {
            var (_, id) = await CreateTicketAsync();
            var otherToken = await _session.GetTokenAsync("other-client", "other-secret");

            using var response = await _session.PostJsonAsync(otherToken, $"tickets/{id}/notes", "{\"note\":\"x\",\"submitterId\":\"s\",\"action\":\"Customer-Note\"}");

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    public sealed class Attachments(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        private async Task<(string Token, string Id)> CreateTicketAsync()
        {
            var token = await _session.GetTokenAsync();
            using var response = await _session.PostJsonAsync(token, "tickets", ValidBody);
            return (token, (await SimulatorSession.ReadJsonAsync(response)).GetProperty("ticketId").GetString()!);
        }

        private static MultipartFormDataContent Form(byte[] bytes, string fileName, string? submitterId = "jo@example.com")
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "file", fileName);
            if (submitterId is not null)
            {
                form.Add(new StringContent(submitterId), "submitterId");
            }

            return form;
        }

        [Theory]
        [InlineData(1_048_576, "report.txt")]
        [InlineData(10, "Prüfbericht – März.TXT")]
        [InlineData(3, "photo.JPG")]
        public async Task StoresAcceptedFile(int size, string fileName)
        {
            var (token, id) = await CreateTicketAsync();
            var bytes = new byte[size];
            new Random(size).NextBytes(bytes);

            using var response = await _session.PostAsync(token, $"tickets/{id}/attachments", Form(bytes, fileName));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(id, (await SimulatorSession.ReadJsonAsync(response)).GetProperty("ticketId").GetString());
            var stored = (await _session.AdminGetAsync($"tickets/{id}/attachments"))[0];
            Assert.Equal(fileName, stored.GetProperty("fileName").GetString());
            Assert.Equal(size, stored.GetProperty("length").GetInt64());
            Assert.Equal("text/plain", stored.GetProperty("contentType").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.GetProperty("sha256").GetString());
            Assert.Equal("jo@example.com", stored.GetProperty("submitterId").GetString());
        }

        [Theory]
        [InlineData(1_048_577, "big.txt", "jo@example.com", "Maximum upload size exceeded")]
        [InlineData(10, "tool.exe", "jo@example.com", "File type of 'tool.exe' is not allowed")]
        [InlineData(10, "noextension", "jo@example.com", "File type of 'noextension' is not allowed")]
        [InlineData(10, "a.txt", null, "Required request parameter 'submitterId'")]
        public async Task RejectsInvalidUpload(int size, string fileName, string? submitterId, string expectedStart)
        {
            var (token, id) = await CreateTicketAsync();

            using var response = await _session.PostAsync(token, $"tickets/{id}/attachments", Form(new byte[size], fileName, submitterId));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith(expectedStart, await SimulatorSession.MessageOf(response));
            Assert.Equal(0, (await _session.AdminGetAsync($"tickets/{id}/attachments")).GetArrayLength());
        }

        [Fact]
        public async Task RejectsMissingFilePart()
        {
            var (token, id) = await CreateTicketAsync();
            using var form = new MultipartFormDataContent { { new StringContent("jo@example.com"), "submitterId" } };

            using var response = await _session.PostAsync(token, $"tickets/{id}/attachments", form);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Required request part 'file' is not present", await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task RejectsClosedTicket()
        {
            var (token, id) = await CreateTicketAsync();
            await _session.AdminPostAsync($"tickets/{id}/close");

            using var response = await _session.PostAsync(token, $"tickets/{id}/attachments", Form(new byte[5], "a.txt"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Ticket is not in editable state", await SimulatorSession.MessageOf(response));
        }

        [Fact]
        public async Task RejectsTicketNumberAsNotFound()
        {
            var token = await _session.GetTokenAsync();

            using var response = await _session.PostAsync(token, "tickets/ECT-82521517/attachments", Form(new byte[5], "a.txt"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Ticket not found", await SimulatorSession.MessageOf(response));
        }
    }
}
