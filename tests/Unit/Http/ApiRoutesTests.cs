using System;
using SpectrumTicketing.Http;
using SpectrumTicketing.Requests;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class ApiRoutesTests
    {
        private const string TicketsPath = "entservices/ticketing-b2b/v1/tickets";

        public class Paths
        {
            [Fact]
            public void BuildsFixedPaths()
            {
                Assert.Equal("auth/oauth/v2/token", ApiRoutes.Token);
                Assert.Equal("entservices/ticketing-b2b/v1/sites", ApiRoutes.Sites);
                Assert.Equal("entservices/ticketing-b2b/v1/circuits", ApiRoutes.Circuits);
                Assert.Equal(TicketsPath, ApiRoutes.Tickets);
            }

            [Theory]
            [InlineData("RSGADGJJIOCU6AS0P48V5J0R1XHZCX", TicketsPath + "/RSGADGJJIOCU6AS0P48V5J0R1XHZCX")]
            [InlineData("ECT-12345678", TicketsPath + "/ECT-12345678")]
            [InlineData("a/b c?d#e", TicketsPath + "/a%2Fb%20c%3Fd%23e")]
            [InlineData("../sites", TicketsPath + "/..%2Fsites")]
            [InlineData("id&paginate=false", TicketsPath + "/id%26paginate%3Dfalse")]
            public void EscapesTicketId(string ticketId, string expected)
            {
                string path = ApiRoutes.Ticket(ticketId);

                Assert.Equal(expected, path);
            }

            [Theory]
            [InlineData("81.L1XX.011988..CHTR", "entservices/ticketing-b2b/v1/circuits/81.L1XX.011988..CHTR")]
            [InlineData("51.L1XX 010501/TWCC", "entservices/ticketing-b2b/v1/circuits/51.L1XX%20010501%2FTWCC")]
            public void EscapesCircuitId(string circuitId, string expected)
            {
                string path = ApiRoutes.Circuit(circuitId);

                Assert.Equal(expected, path);
            }

            [Fact]
            public void EscapesIdInNotesAndAttachments()
            {
                Assert.Equal(TicketsPath + "/a%2Fb/notes", ApiRoutes.TicketNotes("a/b"));
                Assert.Equal(TicketsPath + "/a%2Fb/attachments", ApiRoutes.TicketAttachments("a/b"));
            }
        }

        public class TicketPage
        {
            [Fact]
            public void AlwaysSendsPaginateAndPage()
            {
                string path = ApiRoutes.TicketPage(new TicketQuery(), 1);

                Assert.Equal(TicketsPath + "?paginate=true&returnPageNumber=1", path);
            }

            [Fact]
            public void EscapesStatus()
            {
                var query = new TicketQuery { Status = TicketStatus.InProgress };

                string path = ApiRoutes.TicketPage(query, 2);

                Assert.Equal(TicketsPath + "?status=In%20Progress&paginate=true&returnPageNumber=2", path);
            }

            [Fact]
            public void LeavesOutEmptyStatus()
            {
                var query = new TicketQuery { Status = string.Empty };

                string path = ApiRoutes.TicketPage(query, 3);

                Assert.Equal(TicketsPath + "?paginate=true&returnPageNumber=3", path);
            }

            [Fact]
            public void NamesEveryFilterInCamelCase()
            {
                var query = new TicketQuery
                {
                    Status = TicketStatus.Closed,
                    OpenedAfter = Utc(2023, 11, 1, 16),
                    OpenedBefore = Utc(2023, 12, 31, 10),
                    UpdatedAfter = Utc(2025, 4, 5, 18),
                    UpdatedBefore = Utc(2025, 4, 6, 18),
                    ResolvedAfter = Utc(2023, 2, 25, 21),
                    ResolvedBefore = Utc(2023, 3, 1, 0),
                    ClosedAfter = Utc(2023, 9, 1, 16),
                    ClosedBefore = Utc(2025, 9, 8, 0),
                };

                string path = ApiRoutes.TicketPage(query, 4);

                Assert.Equal(
                    TicketsPath + "?status=Closed"
                    + "&openDateStart=2023-11-01T16%3A00%3A00.000Z&openDateEnd=2023-12-31T10%3A00%3A00.000Z"
                    + "&updateDateStart=2025-04-05T18%3A00%3A00.000Z&updateDateEnd=2025-04-06T18%3A00%3A00.000Z"
                    + "&resolvedDateStart=2023-02-25T21%3A00%3A00.000Z&resolvedDateEnd=2023-03-01T00%3A00%3A00.000Z"
                    + "&closedDateStart=2023-09-01T16%3A00%3A00.000Z&closedDateEnd=2025-09-08T00%3A00%3A00.000Z"
                    + "&paginate=true&returnPageNumber=4",
                    path);
            }

            [Fact]
            public void SendsOnlyGivenFilters()
            {
                var query = new TicketQuery { UpdatedAfter = Utc(2025, 4, 5, 18) };

                string path = ApiRoutes.TicketPage(query, 1);

                Assert.Equal(TicketsPath + "?updateDateStart=2025-04-05T18%3A00%3A00.000Z&paginate=true&returnPageNumber=1", path);
            }

            private static DateTime Utc(int year, int month, int day, int hour) =>
                new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc);
        }

        public class FormatDate
        {
            [Theory]
            [InlineData(2023, 2, 25, 21, 5, 14, 0, "2023-02-25T21:05:14.000Z")]
            [InlineData(2023, 3, 1, 0, 0, 0, 0, "2023-03-01T00:00:00.000Z")]
            [InlineData(2025, 12, 31, 23, 59, 59, 999, "2025-12-31T23:59:59.000Z")]
            public void FormatsUtcWithZeroMilliseconds(int year, int month, int day, int hour, int minute, int second, int millisecond, string expected)
            {
                var value = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc);

                string text = ApiRoutes.FormatDate(value);

                Assert.Equal(expected, text);
            }
        }

        [Collection(LocalTimeZoneCollection.Name)]
        public class FormatDateInLocalZone
        {
            [Theory]
            [InlineData(DateTimeKind.Local)]
            [InlineData(DateTimeKind.Unspecified)]
            public void ConvertsLocalTimeToUtc(DateTimeKind kind)
            {
                using var zone = new DenverLocalTime();
                var value = new DateTime(2023, 1, 15, 9, 30, 0, kind);

                string text = ApiRoutes.FormatDate(value);

                Assert.Equal("2023-01-15T16:30:00.000Z", text);
            }

            [Fact]
            public void KeepsUtcTimeUnchanged()
            {
                using var zone = new DenverLocalTime();
                var value = new DateTime(2023, 1, 15, 9, 30, 0, DateTimeKind.Utc);

                string text = ApiRoutes.FormatDate(value);

                Assert.Equal("2023-01-15T09:30:00.000Z", text);
            }

            [Fact]
            public void UsesDaylightOffsetInSummer()
            {
                using var zone = new DenverLocalTime();
                var value = new DateTime(2023, 7, 15, 9, 30, 0, DateTimeKind.Unspecified);

                string text = ApiRoutes.FormatDate(value);

                Assert.Equal("2023-07-15T15:30:00.000Z", text);
            }

            [Fact]
            public void ConvertsQueryDatesFromLocalTime()
            {
                using var zone = new DenverLocalTime();
                var query = new TicketQuery { OpenedAfter = new DateTime(2023, 11, 1, 9, 0, 0, DateTimeKind.Unspecified) };

                string path = ApiRoutes.TicketPage(query, 1);

                Assert.Equal(TicketsPath + "?openDateStart=2023-11-01T15%3A00%3A00.000Z&paginate=true&returnPageNumber=1", path);
            }
        }
    }
}
