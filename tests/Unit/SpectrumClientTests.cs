using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests
{
    public class SpectrumClientTests
    {
        private const string ApiPath = "/entservices/ticketing-b2b/v1/";

        private static Func<RecordedRequest, HttpResponseMessage> Respond(string body) =>
            _ => FakeHandler.Json(HttpStatusCode.OK, body);

        private static Func<RecordedRequest, HttpResponseMessage> NoContent() =>
            _ => FakeHandler.Status(204);

        public class Constructor
        {
            [Fact]
            public void RejectsNullOptions()
            {
                Assert.Throws<ArgumentNullException>(() => new SpectrumClient(null!));
            }

            [Fact]
            public void RejectsPlainHttpOffLoopback()
            {
                var handler = new FakeHandler();

                Assert.Throws<ArgumentException>(() => TestClients.Create(handler, configure: options => options.BaseUri = new Uri("http://apis.spectrum.net/")));
            }

            [Theory]
            [InlineData("http://127.0.0.1:9", "http://127.0.0.1:9/")]
            [InlineData("https://apis.spectrum.net", "https://apis.spectrum.net/")]
            [InlineData("https://apis.spectrum.net/gateway", "https://apis.spectrum.net/gateway/")]
            public void AddsTrailingSlashToBaseUri(string baseUri, string expected)
            {
                using SpectrumClient client = TestClients.Create(new FakeHandler(), configure: options => options.BaseUri = new Uri(baseUri));

                Assert.Equal(new Uri(expected), client.BaseUri);
            }

            [Fact]
            public void SendsNothingBeforeFirstCall()
            {
                var handler = new FakeHandler();

                using SpectrumClient client = TestClients.Create(handler);

                Assert.Empty(handler.Requests);
                Assert.Null(client.TokenExpiresOn);
            }
        }

        public class ValidateBaseUri
        {
            [Theory]
            [InlineData("https://apis.spectrum.net/")]
            [InlineData("https://apis.spectrum.net:8443/")]
            [InlineData("http://127.0.0.1:9/")]
            [InlineData("http://localhost:9/")]
            [InlineData("http://[::1]:9/")]
            public void AcceptsHttpsAndLoopbackHttp(string baseUri)
            {
                Exception? exception = Record.Exception(() => SpectrumClient.ValidateBaseUri(new Uri(baseUri)));

                Assert.Null(exception);
            }

            [Theory]
            [InlineData("http://apis.spectrum.net/")]
            [InlineData("http://10.0.0.5:9/")]
            [InlineData("ftp://127.0.0.1/")]
            [InlineData("file:///tmp/api")]
            public void RejectsOtherAbsoluteUris(string baseUri)
            {
                Assert.Throws<ArgumentException>(() => SpectrumClient.ValidateBaseUri(new Uri(baseUri)));
            }

            [Theory]
            [InlineData("entservices/ticketing-b2b/v1/")]
            [InlineData("/auth")]
            public void RejectsRelativeUri(string baseUri)
            {
                var exception = Assert.Throws<ArgumentException>(() => SpectrumClient.ValidateBaseUri(new Uri(baseUri, UriKind.Relative)));

                Assert.Contains(baseUri, exception.Message);
            }

            [Fact]
            public void RejectsNullUri()
            {
                Assert.Throws<ArgumentException>(() => SpectrumClient.ValidateBaseUri(null!));
            }

            [Fact]
            public void NamesInsecureUriInMessage()
            {
                var exception = Assert.Throws<ArgumentException>(() => SpectrumClient.ValidateBaseUri(new Uri("http://apis.spectrum.net/")));

                Assert.Contains("'http://apis.spectrum.net/'", exception.Message);
            }
        }

        public class GetTicketPageAsync
        {
            [Fact]
            public async Task ParsesPage()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.TicketPage) };
                using SpectrumClient client = TestClients.Create(handler);

                SpectrumTicketPage page = await client.GetTicketPageAsync(new TicketQuery(), 1, NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal(72, page.TotalCount);
                Assert.Equal(3, page.PageCount);
                Assert.Equal("ECT-82521505", page.Tickets[0].SpectrumTicketNumber);
            }

            [Fact]
            public async Task RequestsNumberedPage()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.TicketPage) };
                using SpectrumClient client = TestClients.Create(handler);
                var query = new TicketQuery { Status = TicketStatus.InProgress };

                await client.GetTicketPageAsync(query, 2, NullSpectrumLog.Instance, CancellationToken.None);

                RecordedRequest request = Assert.Single(handler.ApiRequests);
                Assert.Equal(ApiPath + "tickets", request.Uri.AbsolutePath);
                Assert.Equal("?status=In%20Progress&paginate=true&returnPageNumber=2", request.Uri.Query);
            }

            [Fact]
            public async Task ReturnsEmptyPageForNoContent()
            {
                var handler = new FakeHandler { ApiResponder = NoContent() };
                using SpectrumClient client = TestClients.Create(handler);

                SpectrumTicketPage page = await client.GetTicketPageAsync(new TicketQuery(), 3, NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Empty(page.Tickets);
                Assert.Equal(3, page.PageNumber);
                Assert.Equal(0, page.TotalCount);
            }

            [Theory]
            [InlineData(0)]
            [InlineData(-1)]
            public async Task RejectsPageBelowOne(int pageNumber)
            {
                var handler = new FakeHandler();
                using SpectrumClient client = TestClients.Create(handler);

                await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
                    () => client.GetTicketPageAsync(new TicketQuery(), pageNumber, NullSpectrumLog.Instance, CancellationToken.None));

                Assert.Empty(handler.Requests);
            }

            [Fact]
            public async Task RaisesInvalidResponseForHtmlAfterOneRepeat()
            {
                var handler = new FakeHandler
                {
                    ApiResponder = _ => new HttpResponseMessage(HttpStatusCode.OK)
                    {
                        Content = new StringContent("<html><body>Maintenance</body></html>"),
                    },
                };
                using SpectrumClient client = TestClients.Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumInvalidResponseException>(
                    () => client.GetTicketPageAsync(new TicketQuery(), 1, NullSpectrumLog.Instance, CancellationToken.None));

                Assert.Equal(2, handler.ApiRequests.Count);
                Assert.Equal(handler.ApiRequests[1].TransactionId, exception.TransactionId);
            }

            [Fact]
            public async Task NeverFollowsPagingLinks()
            {
                string body = SpecExamples.TicketPage
                    .Replace("https://apis.spectrum.net/entservices", "https://other.example/entservices");
                var handler = new FakeHandler { ApiResponder = Respond(body) };
                using SpectrumClient client = TestClients.Create(handler);

                for (int pageNumber = 1; pageNumber <= 3; pageNumber++)
                {
                    await client.GetTicketPageAsync(new TicketQuery(), pageNumber, NullSpectrumLog.Instance, CancellationToken.None);
                }

                Assert.Contains("other.example", body);
                Assert.Equal(3, handler.ApiRequests.Count);
                Assert.All(handler.Requests, request => Assert.Equal("127.0.0.1", request.Uri.Host));
                Assert.All(handler.Requests, request => Assert.Equal(9, request.Uri.Port));
            }

            [Fact]
            public async Task KeepsTokenOnConnectionHost()
            {
                string body = SpecExamples.TicketPage
                    .Replace("https://apis.spectrum.net/entservices", "https://other.example/entservices");
                var handler = new FakeHandler { ApiResponder = Respond(body) };
                using SpectrumClient client = TestClients.Create(handler, configure: options => options.BaseUri = SpectrumClientOptions.ProductionBaseUri);

                await client.GetTicketPageAsync(new TicketQuery(), 1, NullSpectrumLog.Instance, CancellationToken.None);
                await client.GetTicketPageAsync(new TicketQuery(), 2, NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal(3, handler.Requests.Count);
                Assert.All(handler.Requests, request => Assert.Equal("apis.spectrum.net", request.Uri.Host));
                Assert.All(handler.Requests, request => Assert.Equal("https", request.Uri.Scheme));
            }
        }

        public class GetTicketAsync
        {
            [Fact]
            public async Task ParsesTicketWithNotes()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.SingleTicket) };
                using SpectrumClient client = TestClients.Create(handler);

                SpectrumTicket ticket = await client.GetTicketAsync("ECT-82979269", NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal("RSGADGJJIOCU6AS0P48V5J0R1XHZCX", ticket.TicketId);
                Assert.Single(ticket.Notes!);
                Assert.Equal(ApiPath + "tickets/ECT-82979269", handler.ApiRequests[0].Uri.AbsolutePath);
            }

            [Fact]
            public async Task EscapesTicketIdInPath()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.SingleTicket) };
                using SpectrumClient client = TestClients.Create(handler);

                await client.GetTicketAsync("a/b?c", NullSpectrumLog.Instance, CancellationToken.None);

                RecordedRequest request = Assert.Single(handler.ApiRequests);
                Assert.Equal(ApiPath + "tickets/a%2Fb%3Fc", request.Uri.AbsolutePath);
                Assert.Equal(string.Empty, request.Uri.Query);
            }

            [Fact]
            public async Task RaisesNotFoundForNoContent()
            {
                var handler = new FakeHandler { ApiResponder = NoContent() };
                using SpectrumClient client = TestClients.Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumNotFoundException>(
                    () => client.GetTicketAsync("ECT-12345678", NullSpectrumLog.Instance, CancellationToken.None));

                Assert.Contains("'ECT-12345678'", exception.Message);
                Assert.Equal(HttpStatusCode.NoContent, exception.StatusCode);
                Assert.Equal(handler.ApiRequests[0].TransactionId, exception.TransactionId);
            }

            [Fact]
            public async Task RaisesPermissionDeniedForForbidden()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Json(HttpStatusCode.Forbidden, SpecExamples.ResourceAuthorizationError) };
                using SpectrumClient client = TestClients.Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumPermissionDeniedException>(
                    () => client.GetTicketAsync("ECT-12345678", NullSpectrumLog.Instance, CancellationToken.None));

                Assert.Contains("'ECT-12345678'", exception.Message);
                Assert.Contains("RESOURCE_AUTHORIZATION_ERROR", exception.Message);
                Assert.Equal("Resource Authorization Error", exception.ApiMessage);
            }
        }

        public class GetSitesAsync
        {
            [Fact]
            public async Task ParsesSites()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.Sites) };
                using SpectrumClient client = TestClients.Create(handler);

                IReadOnlyList<SpectrumSite> sites = await client.GetSitesAsync(NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal(2, sites.Count);
                Assert.Equal("3918 S KINGS AVE, BRANDON, FL 33511", sites[0].ToString());
                Assert.Equal(ApiPath + "sites", handler.ApiRequests[0].Uri.AbsolutePath);
            }

            [Fact]
            public async Task WarnsForNoContent()
            {
                var handler = new FakeHandler { ApiResponder = NoContent() };
                using SpectrumClient client = TestClients.Create(handler);
                var log = new RecordingLog();

                IReadOnlyList<SpectrumSite> sites = await client.GetSitesAsync(log, CancellationToken.None);

                Assert.Empty(sites);
                string warning = Assert.Single(log.Warnings);
                Assert.Contains("204", warning);
                Assert.Contains("DL-Ent-Spectrum-API-Support@charter.com", warning);
                Assert.Contains(handler.ApiRequests[0].TransactionId!, warning);
            }

            [Fact]
            public async Task WarnsNothingForSites()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.Sites) };
                using SpectrumClient client = TestClients.Create(handler);
                var log = new RecordingLog();

                await client.GetSitesAsync(log, CancellationToken.None);

                Assert.Empty(log.Warnings);
            }
        }

        public class GetCircuitsAsync
        {
            [Fact]
            public async Task ParsesCircuits()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.Circuits) };
                using SpectrumClient client = TestClients.Create(handler);

                IReadOnlyList<SpectrumCircuit> circuits = await client.GetCircuitsAsync(NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal(5, circuits.Count);
                Assert.Equal("51.L1XX.010501..TWCC", circuits[0].CircuitId);
                Assert.Equal(ApiPath + "circuits", handler.ApiRequests[0].Uri.AbsolutePath);
            }

            [Fact]
            public async Task WarnsForNoContent()
            {
                var handler = new FakeHandler { ApiResponder = NoContent() };
                using SpectrumClient client = TestClients.Create(handler);
                var log = new RecordingLog();

                IReadOnlyList<SpectrumCircuit> circuits = await client.GetCircuitsAsync(log, CancellationToken.None);

                Assert.Empty(circuits);
                string warning = Assert.Single(log.Warnings);
                Assert.Contains("204", warning);
                Assert.Contains("circuits", warning);
            }
        }

        public class GetCircuitAsync
        {
            [Fact]
            public async Task ParsesCircuit()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.SingleCircuit) };
                using SpectrumClient client = TestClients.Create(handler);

                SpectrumCircuit circuit = await client.GetCircuitAsync("94.L1XX.001464..CHTR", NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal("94.L1XX.001464..CHTR", circuit.CircuitId);
                Assert.Equal("ENGLEWOOD", circuit.City);
            }

            [Fact]
            public async Task KeepsDotsOfCircuitIdInPath()
            {
                var handler = new FakeHandler { ApiResponder = Respond(SpecExamples.SingleCircuit) };
                using SpectrumClient client = TestClients.Create(handler);

                await client.GetCircuitAsync("94.L1XX.001464..CHTR", NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Equal(ApiPath + "circuits/94.L1XX.001464..CHTR", handler.ApiRequests[0].Uri.AbsolutePath);
            }

            [Fact]
            public async Task RaisesNotFoundForNoContent()
            {
                var handler = new FakeHandler { ApiResponder = NoContent() };
                using SpectrumClient client = TestClients.Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumNotFoundException>(
                    () => client.GetCircuitAsync("99.A9AA.A123456.AA.AAAA", NullSpectrumLog.Instance, CancellationToken.None));

                Assert.Contains("'99.A9AA.A123456.AA.AAAA'", exception.Message);
                Assert.Equal(HttpStatusCode.NoContent, exception.StatusCode);
            }
        }

        public class ConnectAsync
        {
            [Fact]
            public async Task RequestsTokenAtOnce()
            {
                var handler = new FakeHandler();
                var clock = new FakeClock();
                using SpectrumClient client = TestClients.Create(handler, clock);

                await client.ConnectAsync(NullSpectrumLog.Instance, CancellationToken.None);

                Assert.Single(handler.TokenRequests);
                Assert.Empty(handler.ApiRequests);
                Assert.Equal(clock.GetUtcNow().AddHours(1), client.TokenExpiresOn);
            }
        }
    }
}
