using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;
using SpectrumTicketing.Parsing;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests.Parsing
{
    public class ResponseParserTests
    {
        private static JsonDocument Parse(string json) => ResponseParser.Parse(Encoding.UTF8.GetBytes(json), "test", "txn-1");

        private static DateTime Utc(int year, int month, int day, int hour, int minute, int second) =>
            new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);

        public class ParseMethod
        {
            [Fact]
            public void AcceptsTrailingComma()
            {
                string json = "{\"id\": \"A\", \"notes\": [],}";

                using JsonDocument document = Parse(json);

                Assert.Equal("A", document.RootElement.GetProperty("id").GetString());
            }

            [Theory]
            [InlineData("<html><body>Bad Gateway</body></html>")]
            [InlineData("{\"id\": ")]
            [InlineData("")]
            public void RejectsNonJsonWithInvalidResponse(string body)
            {
                var exception = Assert.Throws<SpectrumInvalidResponseException>(() => Parse(body));

                Assert.Equal("txn-1", exception.TransactionId);
                Assert.Contains("request to test", exception.Message);
            }
        }

        public class ParseTicketPage
        {
            private static SpectrumTicketPage ParseExample(int requestedPage = 1)
            {
                using JsonDocument document = Parse(SpecExamples.TicketPage);
                return ResponseParser.ParseTicketPage(document.RootElement, requestedPage);
            }

            [Fact]
            public void ReadsEnvelopeCounts()
            {
                SpectrumTicketPage page = ParseExample();

                Assert.Equal(72, page.TotalCount);
                Assert.Equal(1, page.PageNumber);
                Assert.Equal(3, page.PageCount);
                Assert.Equal(2, page.Tickets.Count);
            }

            [Fact]
            public void ReadsClosedTicketFields()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                Assert.Equal("RSGADG2LITIC5ASBZCZMSAYTNXPKZI", ticket.TicketId);
                Assert.Equal("ECT-82521505", ticket.SpectrumTicketNumber);
                Assert.Equal("Closed", ticket.Status);
                Assert.Equal("B2B-API", ticket.Source);
                Assert.False(ticket.NeedsClientAttention);
                Assert.Equal("Information", ticket.BusinessImpact);
                Assert.Equal("CSGADGH1JT34HARQG9QLRPGM361HU8", ticket.SiteGuid);
                Assert.Equal("ECT", ticket.TicketType);
                Assert.Equal("ticket", ticket.TicketSubType);
                Assert.Equal("Automation-Closed-Ticketing System-Ticket", ticket.ResolutionCode);
                Assert.Equal("Automation Closed Ticket at Ticketing System", ticket.ResolutionMessage);
                Assert.Equal("ECT-82521505", ticket.ToString());
            }

            [Fact]
            public void TurnsEmptyStringsIntoNull()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                Assert.Null(ticket.CustomerTicketNumber);
                Assert.Null(ticket.BillingAccountNumber);
                Assert.Null(ticket.AssignedAction);
            }

            [Fact]
            public void FlattensNestedEmptyServicesToEmpty()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                Assert.Empty(ticket.ImpactedServices);
                Assert.Empty(ticket.ImpactedCircuits);
                Assert.Equal(string.Empty, ticket.ImpactedServices.ToString());
            }

            [Fact]
            public void ReadsEpochDatesAsUtc()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                Assert.Equal(Utc(2023, 10, 3, 21, 42, 58), ticket.CreatedDate);
                Assert.Equal(Utc(2023, 10, 9, 4, 0, 0), ticket.UpdatedDate);
                Assert.Equal(Utc(2023, 10, 9, 4, 0, 0), ticket.ResolvedDate);
                Assert.Equal(Utc(2023, 10, 9, 4, 0, 0), ticket.ClosedDate);
                Assert.Equal(DateTimeKind.Utc, ticket.CreatedDate!.Value.Kind);
                Assert.Equal(DateTimeKind.Utc, ticket.ClosedDate!.Value.Kind);
            }

            [Fact]
            public void ReadsSiteAddressWithoutItsId()
            {
                SpectrumSiteAddress address = ParseExample().Tickets[0].SiteAddress!;

                Assert.Equal("3918 S KINGS AVE", address.AddressLine1);
                Assert.Equal("BRANDON", address.City);
                Assert.Equal("FL", address.State);
                Assert.Equal("33511", address.Zip);
                Assert.Equal("27.9056", address.Latitude);
                Assert.Equal("-82.2881", address.Longitude);
                Assert.Equal("3918 S KINGS AVE, BRANDON, FL 33511", address.ToString());
            }

            [Fact]
            public void ReadsContacts()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                SpectrumTicketContact contact = Assert.Single(ticket.Contacts);
                Assert.Equal("SPECTRUM SITE EBOND TEST USER", contact.Name);
                Assert.Equal("SITE", contact.Type);
                Assert.Equal("1231231234", contact.PhoneNumber);
                Assert.Equal("TESTYTHESITESTER@EMAIL.COM", contact.Email);
                Assert.Equal("SPECTRUM SITE EBOND TEST USER", ticket.SiteContacts.ToString());
            }

            [Fact]
            public void JoinsListsWithSemicolons()
            {
                SpectrumTicket ticket = ParseExample().Tickets[1];

                Assert.Equal("Data-FIA", ticket.ImpactedServices.ToString());
                Assert.Equal("81.L1XX.011986..CHTR; 94.L1XX.001462..CHTR", ticket.ImpactedCircuits.ToString());
                Assert.Equal("JOHN DOE; FRED SMITH", ticket.SiteContacts.ToString());
            }

            [Fact]
            public void ReadsOpenTicketFields()
            {
                SpectrumTicket ticket = ParseExample().Tickets[1];

                Assert.Equal("In Progress", ticket.Status);
                Assert.True(ticket.NeedsClientAttention);
                Assert.Equal("TEST9999", ticket.CustomerTicketNumber);
                Assert.Equal("8260259230587430", ticket.BillingAccountNumber);
                Assert.Equal("Maintenance - Waiting for Approvals", ticket.AssignedAction);
                Assert.Empty(ticket.Contacts);
                Assert.Null(ticket.ResolutionCode);
                Assert.Null(ticket.ResolutionMessage);
            }

            [Fact]
            public void UsesReadableDateForZeroEpoch()
            {
                SpectrumTicket ticket = ParseExample().Tickets[1];

                Assert.Equal(Utc(2024, 3, 21, 15, 18, 31), ticket.CreatedDate);
                Assert.Equal(Utc(2024, 3, 27, 4, 0, 0), ticket.UpdatedDate);
                Assert.Equal(DateTimeKind.Utc, ticket.UpdatedDate!.Value.Kind);
            }

            [Fact]
            public void LeavesUnsetDatesNull()
            {
                SpectrumTicket ticket = ParseExample().Tickets[1];

                Assert.Null(ticket.ResolvedDate);
                Assert.Null(ticket.ClosedDate);
            }

            [Fact]
            public void LeavesDetailsNullOnListedTickets()
            {
                SpectrumTicket ticket = ParseExample().Tickets[0];

                Assert.Null(ticket.Notes);
                Assert.Null(ticket.CustomerActions);
            }

            [Fact]
            public void TakesTotalFromResultsRetrievedWithoutCount()
            {
                string json = "{\"resultsRetrieved\": \"25 of 93\", \"pageReturned\": \"2 of 4\", \"tickets\": []}";
                using JsonDocument document = Parse(json);

                SpectrumTicketPage page = ResponseParser.ParseTicketPage(document.RootElement, 2);

                Assert.Equal(93, page.TotalCount);
                Assert.Equal(2, page.PageNumber);
                Assert.Equal(4, page.PageCount);
            }

            [Fact]
            public void UsesRequestedPageWhenEnvelopeIsMalformed()
            {
                string json = "{\"pageReturned\": \"page two\", \"tickets\": [{\"id\": \"A\"}]}";
                using JsonDocument document = Parse(json);

                SpectrumTicketPage page = ResponseParser.ParseTicketPage(document.RootElement, 5);

                Assert.Equal(5, page.PageNumber);
                Assert.Equal(0, page.PageCount);
                Assert.Equal(1, page.TotalCount);
            }
        }

        public class ParseTicket
        {
            private static SpectrumTicket ParseExample()
            {
                using JsonDocument document = Parse(SpecExamples.SingleTicket);
                return ResponseParser.ParseTicket(document.RootElement, withDetails: true);
            }

            [Fact]
            public void ReadsExampleWithTrailingComma()
            {
                SpectrumTicket ticket = ParseExample();

                Assert.Equal("RSGADGJJIOCU6AS0P48V5J0R1XHZCX", ticket.TicketId);
                Assert.Equal("ECT-82979269", ticket.SpectrumTicketNumber);
                Assert.Equal("Outage", ticket.BusinessImpact);
                Assert.Equal("Data-Broadband Internet", ticket.ImpactedServices.ToString());
                Assert.Equal("81.L1XX.011988..CHTR", ticket.ImpactedCircuits.ToString());
                Assert.Equal("3918 S KINGS AVE, BRANDON, FL 33511", ticket.SiteAddress!.ToString());
            }

            [Fact]
            public void ReadsZuluReadableDates()
            {
                SpectrumTicket ticket = ParseExample();

                Assert.Equal(Utc(2024, 3, 21, 15, 18, 31), ticket.CreatedDate);
                Assert.Equal(Utc(2024, 3, 27, 4, 0, 0), ticket.ClosedDate);
                Assert.Equal(DateTimeKind.Utc, ticket.CreatedDate!.Value.Kind);
            }

            [Fact]
            public void ReadsNotes()
            {
                SpectrumTicket ticket = ParseExample();

                SpectrumTicketNote note = Assert.Single(ticket.Notes!);
                Assert.Equal(Utc(2024, 3, 21, 15, 18, 31), note.CreatedDate);
                Assert.Equal("Customer-Note", note.NoteType);
                Assert.Equal(SpecExamples.SingleTicketFirstNote, note.Note);
            }

            [Fact]
            public void ReadsEmptyCustomerActions()
            {
                SpectrumTicket ticket = ParseExample();

                Assert.NotNull(ticket.CustomerActions);
                Assert.Empty(ticket.CustomerActions!);
            }

            [Fact]
            public void ReadsNotesInOrder()
            {
                string json = """
                    {
                      "id": "RSGADGJJIOCU6AS0P48V5J0R1XHZCX",
                      "notes": [
                        { "dateCreated": 1711034311, "noteType": "Customer-Note", "note": "First" },
                        {
                          "dateCreated": 1711132534,
                          "dateCreatedYMD": "2024-03-22T18:35:34.000Z",
                          "noteType": "Customer-Note",
                          "note": "Add comments 1- test"
                        }
                      ]
                    }
                    """;
                using JsonDocument document = Parse(json);

                SpectrumTicket ticket = ResponseParser.ParseTicket(document.RootElement, withDetails: true);

                Assert.Equal(2, ticket.Notes!.Count);
                Assert.Equal("First", ticket.Notes[0].Note);
                Assert.Equal("Add comments 1- test", ticket.Notes[1].Note);
                Assert.Equal(Utc(2024, 3, 22, 18, 35, 34), ticket.Notes[1].CreatedDate);
            }

            [Fact]
            public void ReadsCustomerActionPeriods()
            {
                string json = """
                    {
                      "id": "A",
                      "customerActionMinuteDetails": [
                        { "action": "Customer-Awaiting Additional Information", "startTime": 1601391028, "endTime": 1601410615 },
                        { "action": "Customer-Awaiting Approval", "startTime": 1601391028, "endTime": 0 }
                      ]
                    }
                    """;
                using JsonDocument document = Parse(json);

                SpectrumTicket ticket = ResponseParser.ParseTicket(document.RootElement, withDetails: true);

                Assert.Equal(2, ticket.CustomerActions!.Count);
                Assert.Equal("Customer-Awaiting Additional Information", ticket.CustomerActions[0].Action);
                Assert.Equal(Utc(2020, 9, 29, 14, 50, 28), ticket.CustomerActions[0].StartTime);
                Assert.Equal(Utc(2020, 9, 29, 20, 16, 55), ticket.CustomerActions[0].EndTime);
                Assert.Null(ticket.CustomerActions[1].EndTime);
            }

            [Fact]
            public void LeavesSiteAddressNullWhenAbsent()
            {
                using JsonDocument document = Parse("{\"id\": \"A\", \"siteAddress\": null}");

                SpectrumTicket ticket = ResponseParser.ParseTicket(document.RootElement, withDetails: false);

                Assert.Null(ticket.SiteAddress);
            }
        }

        public class ParseSites
        {
            [Fact]
            public void ReadsExample()
            {
                using JsonDocument document = Parse(SpecExamples.Sites);

                var sites = ResponseParser.ParseSites(document.RootElement);

                Assert.Equal(2, sites.Count);
                Assert.Equal("CSGADGH1JT34HARQG9QLRPGM361HU8", sites[0].SiteGuid);
                Assert.Equal("2A8C9B32-D557-4170-ABC1-CDA9CE30D621", sites[0].CxId);
                Assert.Equal("3918 S KINGS AVE", sites[0].AddressLine1);
                Assert.Null(sites[0].AddressLine2);
                Assert.Equal("BRANDON", sites[0].City);
                Assert.Equal("FL", sites[0].State);
                Assert.Equal("33511", sites[0].ZipCode);
                Assert.Equal("CSGADGH1JT34HARQG9S9RPGM541HYP", sites[1].SiteGuid);
            }

            [Fact]
            public void FormatsSiteAsOneLine()
            {
                using JsonDocument document = Parse(SpecExamples.Sites);

                var sites = ResponseParser.ParseSites(document.RootElement);

                Assert.Equal("3918 S KINGS AVE, BRANDON, FL 33511", sites[0].ToString());
                Assert.Equal("6399 S FIDDLERS GREEN CIR, ENGLEWOOD, CO 80111", sites[1].ToString());
            }
        }

        public class ParseCircuits
        {
            [Fact]
            public void ReadsExample()
            {
                using JsonDocument document = Parse(SpecExamples.Circuits);

                var circuits = ResponseParser.ParseCircuits(document.RootElement);

                Assert.Equal(5, circuits.Count);
                Assert.Equal("51.L1XX.010501..TWCC", circuits[0].CircuitId);
                Assert.Equal("11921 N MOPAC EXPY", circuits[0].StreetAddress1);
                Assert.Null(circuits[0].StreetAddress2);
                Assert.Equal("AUSTIN", circuits[0].City);
                Assert.Equal("TX", circuits[0].State);
                Assert.Equal("78759", circuits[0].Zip);
                Assert.Equal("2A8C9B32-D557-4170-ABC1-CDA9CE30D621", circuits[0].CxId);
                Assert.Equal("STORE 123", circuits[3].StreetAddress2);
                Assert.Equal("51.L1XX.010501..TWCC", circuits[0].ToString());
            }

            [Fact]
            public void ReadsSingleCircuitExample()
            {
                using JsonDocument document = Parse(SpecExamples.SingleCircuit);

                SpectrumCircuit circuit = ResponseParser.ParseCircuit(document.RootElement);

                Assert.Equal("94.L1XX.001464..CHTR", circuit.CircuitId);
                Assert.Equal("2ABC9B32-D557-4170-ABC1-CDA9CE30D621", circuit.CxId);
                Assert.Equal("6399 S FIDDLERS GREEN CIR", circuit.StreetAddress1);
                Assert.Null(circuit.StreetAddress2);
                Assert.Equal("ENGLEWOOD", circuit.City);
                Assert.Equal("CO", circuit.State);
                Assert.Equal("80111", circuit.Zip);
            }

            [Fact]
            public void ReadsCircuitWithoutLocation()
            {
                using JsonDocument document = Parse("{\"circuitId\": \"94.L1XX.001464..CHTR\"}");

                SpectrumCircuit circuit = ResponseParser.ParseCircuit(document.RootElement);

                Assert.Equal("94.L1XX.001464..CHTR", circuit.CircuitId);
                Assert.Null(circuit.City);
            }
        }

        public class ReadErrorMessage
        {
            // The expired-token body as the vendor prints it under GET /tickets, without the comma after resultCode.
            private const string AccessTokenExpiredAsPrinted =
                "{\n  \"resultCodeName\": \"INVALID_TOKEN\",\n  \"resultCode\": \"2076\"\n  \"resultMessage\": \"Access token expired\"\n}";

            [Fact]
            public void ReadsExpiredTokenBodyAsPrinted()
            {
                byte[] body = Encoding.UTF8.GetBytes(AccessTokenExpiredAsPrinted);

                string? message = ResponseParser.ReadErrorMessage(body);

                Assert.Equal("Access token expired", message);
            }

            public static TheoryData<string, string> ErrorBodies => new TheoryData<string, string>
            {
                { SpecExamples.TokenUnauthorizedClient, SpecExamples.TokenUnauthorizedClientMessage },
                { SpecExamples.ResourceAuthorizationError, "Resource Authorization Error" },
                { SpecExamples.AccessTokenExpired, "Access token expired" },
                { SpecExamples.InvalidTokenHeader, "Invalid JWT Header" },
                { SpecExamples.InvalidParameter, "Method parameter 'paginate': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; Invalid boolean value [fals]" },
                { SpecExamples.InvalidCircuits, "One or more invalid circuits : 99.A9AA.A123456.AA.AAAA" },
                { SpecExamples.NotEditable, "Ticket is not in editable state" },
                { "{\"error_description\": \"TKN_UNAUTHORIZED_CLIENT\"}", "TKN_UNAUTHORIZED_CLIENT" },
                { "{\"message\": \"\", \"resultMessage\": \"Resource Authorization Error\"}", "Resource Authorization Error" },
            };

            [Theory]
            [MemberData(nameof(ErrorBodies))]
            public void ReadsErrorText(string body, string expected)
            {
                string? message = ResponseParser.ReadErrorMessage(Encoding.UTF8.GetBytes(body));

                Assert.Equal(expected, message);
            }

            [Fact]
            public void PrefersMessageOverResultMessage()
            {
                string body = "{\"resultMessage\": \"Second\", \"message\": \"First\", \"error_description\": \"Third\"}";

                string? message = ResponseParser.ReadErrorMessage(Encoding.UTF8.GetBytes(body));

                Assert.Equal("First", message);
            }

            [Theory]
            [InlineData("")]
            [InlineData("   ")]
            [InlineData("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")]
            [InlineData("Service Unavailable")]
            [InlineData("[\"message\"]")]
            [InlineData("\"Access token expired\"")]
            [InlineData("{}")]
            [InlineData("{\"message\": null}")]
            public void ReturnsNullWithoutErrorText(string body)
            {
                string? message = ResponseParser.ReadErrorMessage(Encoding.UTF8.GetBytes(body));

                Assert.Null(message);
            }
        }

        public class ReadResultCodeName
        {
            [Theory]
            [InlineData(SpecExamples.ResourceAuthorizationError, "RESOURCE_AUTHORIZATION_ERROR")]
            [InlineData(SpecExamples.AccessTokenExpired, "INVALID_TOKEN")]
            [InlineData(SpecExamples.InvalidTokenHeader, "INVALID_TOKEN_HEADER")]
            public void ReadsCodeName(string body, string expected)
            {
                string? code = ResponseParser.ReadResultCodeName(Encoding.UTF8.GetBytes(body));

                Assert.Equal(expected, code);
            }

            [Theory]
            [InlineData("")]
            [InlineData("<html></html>")]
            [InlineData(SpecExamples.InvalidParameter)]
            public void ReturnsNullWithoutCodeName(string body)
            {
                string? code = ResponseParser.ReadResultCodeName(Encoding.UTF8.GetBytes(body));

                Assert.Null(code);
            }
        }

        public class ParseOfPair
        {
            [Theory]
            [InlineData("25 of 93", 25, 93)]
            [InlineData("2 of 4", 2, 4)]
            [InlineData("25 of 72", 25, 72)]
            [InlineData(" 1 of 3 ", 1, 3)]
            [InlineData("0 of 0", 0, 0)]
            public void ParsesPair(string text, int value, int total)
            {
                (int Value, int Total) pair = ResponseParser.ParseOfPair(text);

                Assert.Equal(value, pair.Value);
                Assert.Equal(total, pair.Total);
            }

            [Theory]
            [InlineData(null)]
            [InlineData("")]
            [InlineData("   ")]
            [InlineData("2of4")]
            [InlineData("2 of")]
            [InlineData("of 4")]
            [InlineData("two of four")]
            [InlineData("2 of 4 of 6")]
            [InlineData("25/93")]
            [InlineData("2.5 of 4")]
            [InlineData("99999999999 of 4")]
            public void ReturnsZerosForMalformedText(string? text)
            {
                (int Value, int Total) pair = ResponseParser.ParseOfPair(text);

                Assert.Equal(0, pair.Value);
                Assert.Equal(0, pair.Total);
            }
        }
    }
}
