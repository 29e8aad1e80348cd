using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Http;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class SpectrumHttpTransportTests
    {
        private static SpectrumHttpTransport Create(FakeHandler handler, FakeClock? clock = null, Action<SpectrumClientOptions>? configure = null)
        {
            SpectrumClientOptions options = TestClients.Options(handler, clock);
            configure?.Invoke(options);
            return new SpectrumHttpTransport(options);
        }

        private static ApiRequest ListSites() => new ApiRequest(HttpMethod.Get, ApiRoutes.Sites, "list sites");

        private static ApiRequest CreateTicket() => new ApiRequest(HttpMethod.Post, ApiRoutes.Tickets, "create a ticket")
        {
            RetryMode = RetryMode.OnlyIfNotProcessed,
            CreateContent = () => new StringContent("{\"submitterId\":\"a@b.example\"}", Encoding.UTF8, "application/json"),
        };

        private static Task<ApiResponse> Send(SpectrumHttpTransport transport, ApiRequest request, ISpectrumLog? log = null) =>
            transport.SendAsync(request, log ?? NullSpectrumLog.Instance, CancellationToken.None);

        private static HttpResponseMessage WithRetryAfter(int status, int seconds)
        {
            HttpResponseMessage response = FakeHandler.Status(status);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            return response;
        }

        private static Func<RecordedRequest, HttpResponseMessage> Sequence(params Func<HttpResponseMessage>[] responses)
        {
            int next = 0;
            return _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]();
        }

        private static HttpRequestException Refused() =>
            new HttpRequestException("Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused));

        public class RequestHeaders
        {
            [Fact]
            public async Task SendsNewTransactionIdPerRequest()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                for (int call = 0; call < 3; call++)
                {
                    await Send(transport, ListSites());
                }

                IReadOnlyList<string?> ids = handler.Requests.Select(request => request.TransactionId).ToList();
                Assert.Equal(4, ids.Count);
                Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), $"'{id}' is not a GUID"));
                Assert.Equal(ids.Count, ids.Distinct().Count());
            }

            [Fact]
            public async Task ReturnsTransactionIdOfRequest()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                ApiResponse response = await Send(transport, ListSites());

                Assert.Equal(handler.ApiRequests[0].TransactionId, response.TransactionId);
            }

            [Fact]
            public async Task SendsUserAgentFromOptions()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                await Send(transport, ListSites());

                Assert.All(handler.Requests, request => Assert.Equal(TestClients.UserAgent, request.UserAgent));
            }

            [Fact]
            public async Task AcceptsJson()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                await Send(transport, ListSites());

                Assert.All(handler.Requests, request => Assert.Equal("application/json", request.Accept));
            }

            [Fact]
            public async Task SendsBearerToken()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                await Send(transport, ListSites());

                Assert.Equal("Bearer token-1", handler.ApiRequests[0].Authorization);
            }

            [Fact]
            public async Task SendsNewTransactionIdPerRetry()
            {
                var handler = new FakeHandler { ApiResponder = Sequence(() => FakeHandler.Status(503), () => FakeHandler.Status(200)) };
                using SpectrumHttpTransport transport = Create(handler);

                await Send(transport, ListSites());

                Assert.Equal(2, handler.ApiRequests.Count);
                Assert.NotEqual(handler.ApiRequests[0].TransactionId, handler.ApiRequests[1].TransactionId);
            }
        }

        public class TokenRequest
        {
            [Theory]
            [InlineData("s3cret-value")]
            [InlineData("p@ss:w&rd=+ %")]
            public async Task SendsCredentialsInFormBody(string secret)
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler, configure: options => options.ClientSecret = TestClients.Secure(secret));

                await Send(transport, ListSites());

                RecordedRequest request = Assert.Single(handler.TokenRequests);
                IReadOnlyDictionary<string, string> fields = request.FormFields();
                Assert.Equal(HttpMethod.Post, request.Method);
                Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
                Assert.Equal("client_credentials", fields["grant_type"]);
                Assert.Equal(TestClients.ClientId, fields["client_id"]);
                Assert.Equal(secret, fields["client_secret"]);
                Assert.Equal(3, fields.Count);
                Assert.Null(request.Authorization);
            }

            [Theory]
            [InlineData("s3cret-value")]
            [InlineData("p@ss:w&rd=+ %")]
            public async Task SendsBasicHeaderForBasic(string secret)
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler, configure: options =>
                {
                    options.AuthenticationMethod = AuthenticationMethod.Basic;
                    options.ClientSecret = TestClients.Secure(secret);
                });

                await Send(transport, ListSites());

                RecordedRequest request = Assert.Single(handler.TokenRequests);
                string expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.ClientId + ":" + secret));
                Assert.Equal("Basic " + expected, request.Authorization);
                Assert.Equal("grant_type=client_credentials", request.Body);
                Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
            }

            [Fact]
            public async Task RaisesAuthenticationForRejectedClient()
            {
                var handler = new FakeHandler { TokenResponder = _ => FakeHandler.Json(HttpStatusCode.BadRequest, SpecExamples.TokenUnauthorizedClient) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumAuthenticationException>(() => Send(transport, ListSites()));

                Assert.Contains("'" + TestClients.ClientId + "'", exception.Message);
                Assert.Contains(SpecExamples.TokenUnauthorizedClientMessage, exception.Message);
                Assert.Equal(SpecExamples.TokenUnauthorizedClientMessage, exception.ApiMessage);
                Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
                Assert.Single(handler.TokenRequests);
                Assert.Empty(handler.ApiRequests);
            }

            [Fact]
            public async Task RaisesAuthenticationWithoutAccessToken()
            {
                var handler = new FakeHandler { TokenResponder = _ => FakeHandler.Json(HttpStatusCode.OK, "{\"resultCode\":\"200\"}") };
                using SpectrumHttpTransport transport = Create(handler);

                await Assert.ThrowsAsync<SpectrumAuthenticationException>(() => Send(transport, ListSites()));

                Assert.Empty(handler.ApiRequests);
            }

            [Fact]
            public async Task ReadsSpecTokenExample()
            {
                var clock = new FakeClock();
                var handler = new FakeHandler { TokenResponder = _ => FakeHandler.Json(HttpStatusCode.OK, SpecExamples.TokenSuccess) };
                using SpectrumHttpTransport transport = Create(handler, clock);

                await Send(transport, ListSites());

                Assert.Equal("Bearer <encrypted_token_XYZ>", handler.ApiRequests[0].Authorization);
                Assert.Equal(clock.GetUtcNow().AddSeconds(3600), transport.Tokens.ExpiresOn);
            }
        }

        public class TokenCache
        {
            [Fact]
            public async Task UsesOneTokenForManyCalls()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);

                for (int call = 0; call < 5; call++)
                {
                    await Send(transport, ListSites());
                }

                Assert.Single(handler.TokenRequests);
                Assert.Equal(5, handler.ApiRequests.Count);
            }

            [Theory]
            [InlineData(3600, 55 * 60)]
            [InlineData(60, 54)]
            public async Task RenewsTokenBeforeExpiry(int lifetimeSeconds, int renewAfterSeconds)
            {
                var clock = new FakeClock();
                var handler = new FakeHandler { TokenLifetimeSeconds = lifetimeSeconds };
                using SpectrumHttpTransport transport = Create(handler, clock);
                await Send(transport, ListSites());

                clock.Advance(TimeSpan.FromSeconds(renewAfterSeconds - 1));
                await Send(transport, ListSites());
                int tokensBeforeMargin = handler.TokenRequests.Count;
                clock.Advance(TimeSpan.FromSeconds(1));
                await Send(transport, ListSites());

                Assert.Equal(1, tokensBeforeMargin);
                Assert.Equal(2, handler.TokenRequests.Count);
                Assert.Equal("Bearer token-2", handler.ApiRequests[2].Authorization);
            }

            [Fact]
            public async Task RenewsOnceForConcurrentCallers()
            {
                var clock = new FakeClock();
                var handler = new FakeHandler { TokenDelay = TimeSpan.FromMilliseconds(50) };
                using SpectrumHttpTransport transport = Create(handler, clock);
                await Send(transport, ListSites());
                clock.Advance(TimeSpan.FromHours(1));

                await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Send(transport, ListSites()))));

                Assert.Equal(2, handler.TokenRequests.Count);
                Assert.Equal(51, handler.ApiRequests.Count);
                Assert.All(handler.ApiRequests.Skip(1), request => Assert.Equal("Bearer token-2", request.Authorization));
            }
        }

        public class ExpiredToken
        {
            private const string CompactExpiredBody =
                "{\"resultCodeName\":\"INVALID_TOKEN\",\"resultCode\":\"2076\",\"resultMessage\":\"Access token expired\"}";

            public static TheoryData<string> ExpiredBodies => new TheoryData<string> { CompactExpiredBody, SpecExamples.AccessTokenExpired };

            [Theory]
            [MemberData(nameof(ExpiredBodies))]
            public async Task RenewsAndRepeatsOnce(string expiredBody)
            {
                var handler = new FakeHandler
                {
                    ApiResponder = request => request.Authorization == "Bearer token-1"
                        ? FakeHandler.Json(HttpStatusCode.Unauthorized, expiredBody)
                        : FakeHandler.Json(HttpStatusCode.OK, SpecExamples.Sites),
                };
                using SpectrumHttpTransport transport = Create(handler);

                ApiResponse response = await Send(transport, ListSites());

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(2, handler.TokenRequests.Count);
                Assert.Equal(2, handler.ApiRequests.Count);
                Assert.Equal("Bearer token-2", handler.ApiRequests[1].Authorization);
                Assert.NotEqual(handler.ApiRequests[0].TransactionId, handler.ApiRequests[1].TransactionId);
            }

            [Fact]
            public async Task RaisesAuthenticationOnSecondExpiry()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Json(HttpStatusCode.Unauthorized, CompactExpiredBody) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumAuthenticationException>(() => Send(transport, ListSites()));

                Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
                Assert.Equal("Access token expired", exception.ApiMessage);
                Assert.Equal(2, handler.ApiRequests.Count);
                Assert.Equal(2, handler.TokenRequests.Count);
            }

            [Fact]
            public async Task DoesNotRepeatInvalidTokenHeader()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Json(HttpStatusCode.Unauthorized, SpecExamples.InvalidTokenHeader) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumAuthenticationException>(() => Send(transport, ListSites()));

                Assert.Equal("Invalid JWT Header", exception.ApiMessage);
                Assert.Contains("Connect-SpectrumTicketing", exception.Message);
                Assert.Single(handler.ApiRequests);
                Assert.Single(handler.TokenRequests);
            }
        }

        public class Retries
        {
            public static TheoryData<int, Type> TransientStatuses => new TheoryData<int, Type>
            {
                { 408, typeof(SpectrumServerException) },
                { 429, typeof(SpectrumRateLimitedException) },
                { 500, typeof(SpectrumServerException) },
                { 502, typeof(SpectrumServerException) },
                { 503, typeof(SpectrumServerException) },
                { 504, typeof(SpectrumServerException) },
            };

            public static TheoryData<int, Type> ClientErrors => new TheoryData<int, Type>
            {
                { 400, typeof(SpectrumBadRequestException) },
                { 401, typeof(SpectrumAuthenticationException) },
                { 403, typeof(SpectrumPermissionDeniedException) },
                { 404, typeof(SpectrumServerException) },
            };

            [Theory]
            [MemberData(nameof(TransientStatuses))]
            public async Task RetriesTransientStatusUpToLimit(int status, Type expected)
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(status) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAnyAsync<SpectrumApiException>(() => Send(transport, ListSites()));

                Assert.IsType(expected, exception);
                Assert.Equal((HttpStatusCode)status, exception.StatusCode);
                Assert.Equal(4, handler.ApiRequests.Count);
            }

            [Theory]
            [MemberData(nameof(TransientStatuses))]
            public async Task ReturnsResponseAfterTransientStatus(int status, Type unused)
            {
                _ = unused;
                var handler = new FakeHandler
                {
                    ApiResponder = Sequence(() => FakeHandler.Status(status), () => FakeHandler.Json(HttpStatusCode.OK, SpecExamples.Sites)),
                };
                using SpectrumHttpTransport transport = Create(handler);

                ApiResponse response = await Send(transport, ListSites());

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(1, response.Retries);
                Assert.Equal(2, handler.ApiRequests.Count);
            }

            [Fact]
            public async Task NamesRetryCountInServerError()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(500) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumServerException>(() => Send(transport, ListSites()));

                Assert.Contains("after 3 retries", exception.Message);
                Assert.Equal(handler.ApiRequests[3].TransactionId, exception.TransactionId);
            }

            [Fact]
            public async Task RetriesConnectionFailureUpToLimit()
            {
                var handler = new FakeHandler { ApiResponder = _ => throw new HttpRequestException("The response ended prematurely.") };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumConnectionException>(() => Send(transport, ListSites()));

                Assert.False(exception.ConnectionRefused);
                Assert.Null(exception.StatusCode);
                Assert.Equal(4, handler.ApiRequests.Count);
                Assert.Equal(handler.ApiRequests[3].TransactionId, exception.TransactionId);
            }

            [Fact]
            public async Task ReportsRefusedConnection()
            {
                var handler = new FakeHandler { ApiResponder = _ => throw Refused() };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumConnectionException>(() => Send(transport, ListSites()));

                Assert.True(exception.ConnectionRefused);
                Assert.Equal(4, handler.ApiRequests.Count);
            }

            [Theory]
            [MemberData(nameof(ClientErrors))]
            public async Task DoesNotRetryClientErrors(int status, Type expected)
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(status) };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAnyAsync<SpectrumApiException>(() => Send(transport, ListSites()));

                Assert.IsType(expected, exception);
                Assert.Single(handler.ApiRequests);
            }

            [Fact]
            public async Task MakesOneAttemptWithoutRetries()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(503) };
                using SpectrumHttpTransport transport = Create(handler, configure: options => options.MaxRetries = 0);

                await Assert.ThrowsAsync<SpectrumServerException>(() => Send(transport, ListSites()));

                Assert.Single(handler.ApiRequests);
            }

            [Theory]
            [InlineData(503, 2, 2)]
            [InlineData(429, 7, 7)]
            [InlineData(503, 120, 10)]
            public async Task WaitsForRetryAfter(int status, int retryAfterSeconds, int expectedSeconds)
            {
                var clock = new FakeClock();
                var handler = new FakeHandler
                {
                    ApiResponder = Sequence(() => WithRetryAfter(status, retryAfterSeconds), () => FakeHandler.Status(200)),
                };
                using SpectrumHttpTransport transport = Create(handler, clock, options => options.RetryMaxDelay = TimeSpan.FromSeconds(10));

                await Send(transport, ListSites());

                TimeSpan delay = Assert.Single(clock.TimerDueTimes);
                Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
            }

            [Fact]
            public async Task KeepsBackoffWithinMaxDelay()
            {
                var clock = new FakeClock();
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(502) };
                using SpectrumHttpTransport transport = Create(handler, clock);

                await Assert.ThrowsAsync<SpectrumServerException>(() => Send(transport, ListSites()));

                // Jitter can shorten a wait to zero, and a zero wait creates no timer, so only the bound is checked.
                Assert.Equal(4, handler.ApiRequests.Count);
                Assert.All(clock.TimerDueTimes, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(20)));
            }

            [Fact]
            public async Task StopsPromptlyWhenCancelledDuringWait()
            {
                var clock = new FakeClock { FireTimersAtOnce = false };
                using var cancellation = new CancellationTokenSource();
                var handler = new FakeHandler
                {
                    ApiResponder = _ =>
                    {
                        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
                        return WithRetryAfter(503, 30);
                    },
                };
                using SpectrumHttpTransport transport = Create(handler, clock, options => options.RetryMaxDelay = TimeSpan.FromSeconds(60));
                var stopwatch = Stopwatch.StartNew();

                await Assert.ThrowsAnyAsync<OperationCanceledException>(
                    () => transport.SendAsync(ListSites(), NullSpectrumLog.Instance, cancellation.Token));

                Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
                Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(clock.TimerDueTimes));
                Assert.Single(handler.ApiRequests);
            }

            [Fact]
            public async Task LogsEachRetry()
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(504) };
                using SpectrumHttpTransport transport = Create(handler);
                var log = new RecordingLog();

                await Assert.ThrowsAsync<SpectrumServerException>(() => Send(transport, ListSites(), log));

                Assert.Equal(3, log.VerboseLines.Count(line => line.StartsWith("Retrying", StringComparison.Ordinal)));
            }
        }

        public class WriteRetries
        {
            [Theory]
            [InlineData(500)]
            [InlineData(502)]
            [InlineData(504)]
            [InlineData(503)]
            public async Task DoesNotRepeatWriteAfterServerError(int status)
            {
                var handler = new FakeHandler { ApiResponder = _ => FakeHandler.Status(status) };
                using SpectrumHttpTransport transport = Create(handler);

                await Assert.ThrowsAsync<SpectrumServerException>(() => Send(transport, CreateTicket()));

                Assert.Single(handler.ApiRequests);
            }

            [Fact]
            public async Task DoesNotRepeatDroppedWrite()
            {
                var handler = new FakeHandler { ApiResponder = _ => throw new HttpRequestException("The response ended prematurely.") };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumConnectionException>(() => Send(transport, CreateTicket()));

                Assert.False(exception.ConnectionRefused);
                Assert.Single(handler.ApiRequests);
            }

            [Fact]
            public async Task RepeatsRefusedWrite()
            {
                var handler = new FakeHandler { ApiResponder = _ => throw Refused() };
                using SpectrumHttpTransport transport = Create(handler);

                var exception = await Assert.ThrowsAsync<SpectrumConnectionException>(() => Send(transport, CreateTicket()));

                Assert.True(exception.ConnectionRefused);
                Assert.Equal(4, handler.ApiRequests.Count);
            }

            [Theory]
            [InlineData(408)]
            [InlineData(429)]
            public async Task RepeatsWriteTheServerDidNotProcess(int status)
            {
                var handler = new FakeHandler { ApiResponder = Sequence(() => FakeHandler.Status(status), () => FakeHandler.Status(200)) };
                using SpectrumHttpTransport transport = Create(handler);

                ApiResponse response = await Send(transport, CreateTicket());

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(2, handler.ApiRequests.Count);
            }

            [Fact]
            public async Task RepeatsWriteAfterRetryAfter503()
            {
                var handler = new FakeHandler { ApiResponder = Sequence(() => WithRetryAfter(503, 0), () => FakeHandler.Status(200)) };
                using SpectrumHttpTransport transport = Create(handler);

                await Send(transport, CreateTicket());

                Assert.Equal(2, handler.ApiRequests.Count);
                Assert.Equal(handler.ApiRequests[0].Body, handler.ApiRequests[1].Body);
            }
        }

        public class DebugLog
        {
            [Theory]
            [InlineData(AuthenticationMethod.FormBody)]
            [InlineData(AuthenticationMethod.Basic)]
            public async Task NeverWritesSecretOrToken(AuthenticationMethod method)
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler, configure: options => options.AuthenticationMethod = method);
                var log = new RecordingLog();

                await Send(transport, ListSites(), log);

                string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.ClientId + ":" + TestClients.ClientSecret));
                Assert.NotEmpty(log.DebugLines);
                Assert.DoesNotContain(log.AllLines, line => line.Contains(TestClients.ClientSecret));
                Assert.DoesNotContain(log.AllLines, line => line.Contains("token-1"));
                Assert.DoesNotContain(log.AllLines, line => line.Contains(basic));
                Assert.Contains(log.DebugLines, line => line.Contains("Authorization: Bearer ***"));
            }

            [Fact]
            public async Task SkipsDebugTextWhenDisabled()
            {
                var handler = new FakeHandler();
                using SpectrumHttpTransport transport = Create(handler);
                var log = new RecordingLog { IsDebugEnabled = false };

                await Send(transport, ListSites(), log);

                Assert.Empty(log.DebugLines);
                Assert.NotEmpty(log.VerboseLines);
            }
        }
    }
}
