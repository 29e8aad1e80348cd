using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using SpectrumTicketing.Http;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class RetryPipelineFactoryTests
    {
        private static SpectrumClientOptions Options(FakeClock clock, int maxRetries = 3) => new SpectrumClientOptions
        {
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromSeconds(10),
            TimeProvider = clock,
        };

        private static ApiResponse Response(int status, TimeSpan? retryAfter = null) =>
            new ApiResponse((HttpStatusCode)status, ReadOnlyMemory<byte>.Empty, "txn") { RetryAfter = retryAfter };

        /// <summary>Runs the pipeline over responses given in order, repeating the last, and counts the attempts.</summary>
        private static async Task<(ApiResponse Last, int Attempts)> Run(ResiliencePipeline<ApiResponse> pipeline, params Func<ApiResponse>[] responses)
        {
            int attempts = 0;
            ApiResponse last = await pipeline.ExecuteAsync(_ =>
            {
                attempts++;
                return new ValueTask<ApiResponse>(responses[Math.Min(attempts, responses.Length) - 1]());
            });
            return (last, attempts);
        }

        public class Create
        {
            [Fact]
            public async Task RetriesReadUntilLimit()
            {
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(new FakeClock()), RetryMode.Idempotent);

                (ApiResponse last, int attempts) = await Run(pipeline, () => Response(500));

                Assert.Equal(4, attempts);
                Assert.Equal(HttpStatusCode.InternalServerError, last.StatusCode);
            }

            [Fact]
            public async Task StopsAtFirstSuccess()
            {
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(new FakeClock()), RetryMode.Idempotent);

                (ApiResponse last, int attempts) = await Run(pipeline, () => Response(502), () => Response(200));

                Assert.Equal(2, attempts);
                Assert.Equal(HttpStatusCode.OK, last.StatusCode);
            }

            [Fact]
            public async Task RetriesTransportFailureOfRead()
            {
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(new FakeClock(), maxRetries: 2), RetryMode.Idempotent);
                int attempts = 0;

                await Assert.ThrowsAsync<TransportFailureException>(async () => await pipeline.ExecuteAsync<ApiResponse>(_ =>
                {
                    attempts++;
                    throw new TransportFailureException("txn", false, new HttpRequestException("dropped"));
                }));

                Assert.Equal(3, attempts);
            }

            [Fact]
            public async Task MakesOneAttemptWithZeroRetries()
            {
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(new FakeClock(), maxRetries: 0), RetryMode.Idempotent);

                (_, int attempts) = await Run(pipeline, () => Response(503));

                Assert.Equal(1, attempts);
            }

            [Theory]
            [InlineData(500)]
            [InlineData(503)]
            public async Task DoesNotRepeatProcessedWrite(int status)
            {
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(new FakeClock()), RetryMode.OnlyIfNotProcessed);

                (_, int attempts) = await Run(pipeline, () => Response(status));

                Assert.Equal(1, attempts);
            }

            [Fact]
            public async Task RepeatsWriteAfterRetryAfter()
            {
                var clock = new FakeClock();
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(clock), RetryMode.OnlyIfNotProcessed);

                (ApiResponse last, int attempts) = await Run(pipeline, () => Response(503, TimeSpan.FromSeconds(3)), () => Response(200));

                Assert.Equal(2, attempts);
                Assert.Equal(HttpStatusCode.OK, last.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(3), Assert.Single(clock.TimerDueTimes));
            }

            [Theory]
            [InlineData(4, 4)]
            [InlineData(600, 10)]
            public async Task ClampsRetryAfterToMaxDelay(int retryAfterSeconds, int expectedSeconds)
            {
                var clock = new FakeClock();
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(clock), RetryMode.Idempotent);

                await Run(pipeline, () => Response(429, TimeSpan.FromSeconds(retryAfterSeconds)), () => Response(200));

                Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Assert.Single(clock.TimerDueTimes));
            }

            [Fact]
            public async Task RetriesAtOnceForPastRetryAfter()
            {
                var clock = new FakeClock();
                ResiliencePipeline<ApiResponse> pipeline = RetryPipelineFactory.Create(Options(clock), RetryMode.Idempotent);

                (_, int attempts) = await Run(pipeline, () => Response(429, TimeSpan.FromSeconds(-5)), () => Response(200));

                Assert.Equal(2, attempts);
                Assert.Empty(clock.TimerDueTimes);
            }
        }
    }
}
