using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpectrumTicketing.Http;
using SpectrumTicketing.Tests.Support;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class AccessTokenProviderTests
    {
        /// <summary>Token source that counts requests and issues "token-1", "token-2", ... with a fixed lifetime.</summary>
        private sealed class TokenSource
        {
            private readonly FakeClock clock;
            private readonly TimeSpan lifetime;
            private int count;

            public TokenSource(FakeClock clock, TimeSpan lifetime)
            {
                this.clock = clock;
                this.lifetime = lifetime;
            }

            public int Count => Volatile.Read(ref count);

            /// <summary>When set, each request waits for this task before it returns its token.</summary>
            public Task? Gate { get; set; }

            public async Task<AccessToken> RequestAsync(ISpectrumLog log, CancellationToken cancellationToken)
            {
                int number = Interlocked.Increment(ref count);
                DateTimeOffset issuedOn = clock.GetUtcNow();
                if (Gate != null)
                {
                    await Gate;
                }

                return new AccessToken("token-" + number, issuedOn, lifetime);
            }
        }

        private static Task<string> GetToken(AccessTokenProvider provider) =>
            provider.GetTokenAsync(NullSpectrumLog.Instance, CancellationToken.None);

        public class GetTokenAsync
        {
            [Fact]
            public async Task RequestsOneTokenForManyCalls()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);

                for (int call = 0; call < 10; call++)
                {
                    await GetToken(provider);
                    clock.Advance(TimeSpan.FromMinutes(1));
                }

                Assert.Equal(1, source.Count);
            }

            [Theory]
            [InlineData(3600, 3300)]
            [InlineData(60, 54)]
            public async Task RenewsTokenBeforeExpiry(int lifetimeSeconds, int renewAfterSeconds)
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromSeconds(lifetimeSeconds));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                await GetToken(provider);

                clock.Advance(TimeSpan.FromSeconds(renewAfterSeconds) - TimeSpan.FromMilliseconds(1));
                string beforeMargin = await GetToken(provider);
                clock.Advance(TimeSpan.FromMilliseconds(1));
                string atMargin = await GetToken(provider);

                Assert.Equal("token-1", beforeMargin);
                Assert.Equal("token-2", atMargin);
                Assert.Equal(2, source.Count);
            }

            [Fact]
            public async Task RenewsOnceForConcurrentCallers()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                await GetToken(provider);
                clock.Advance(TimeSpan.FromHours(2));
                var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                source.Gate = gate.Task;

                // Every call starts before the renewal can finish, because the renewal waits on the gate.
                Task<string>[] callers = Enumerable.Range(0, 50).Select(_ => GetToken(provider)).ToArray();
                gate.SetResult();
                string[] tokens = await Task.WhenAll(callers);

                Assert.Equal(2, source.Count);
                Assert.All(tokens, token => Assert.Equal("token-2", token));
            }

            [Fact]
            public async Task RequestsAgainAfterFailedRenewal()
            {
                var clock = new FakeClock();
                int attempts = 0;
                var provider = new AccessTokenProvider(
                    (log, cancellationToken) =>
                    {
                        attempts++;
                        return attempts == 1
                            ? Task.FromException<AccessToken>(new InvalidOperationException("token endpoint failed"))
                            : Task.FromResult(new AccessToken("token-2", clock.GetUtcNow(), TimeSpan.FromHours(1)));
                    },
                    clock);

                await Assert.ThrowsAsync<InvalidOperationException>(() => GetToken(provider));
                string token = await GetToken(provider);

                Assert.Equal("token-2", token);
                Assert.Equal(2, attempts);
            }

            [Fact]
            public async Task StopsWaitingWhenCancelled()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                source.Gate = gate.Task;
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                Task<string> first = GetToken(provider);
                using var cancellation = new CancellationTokenSource();

                Task<string> second = provider.GetTokenAsync(NullSpectrumLog.Instance, cancellation.Token);
                cancellation.Cancel();

                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
                gate.SetResult();
                Assert.Equal("token-1", await first);
            }
        }

        public class ExpiresOn
        {
            [Fact]
            public async Task TracksCachedToken()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                DateTimeOffset? before = provider.ExpiresOn;

                await GetToken(provider);

                Assert.Null(before);
                Assert.Equal(clock.GetUtcNow().AddHours(1), provider.ExpiresOn);
            }
        }

        public class Invalidate
        {
            [Fact]
            public async Task DropsRejectedToken()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                string rejected = await GetToken(provider);

                provider.Invalidate(rejected);
                string next = await GetToken(provider);

                Assert.Equal("token-2", next);
                Assert.Equal(2, source.Count);
            }

            [Fact]
            public async Task KeepsTokenAlreadyReplaced()
            {
                var clock = new FakeClock();
                var source = new TokenSource(clock, TimeSpan.FromHours(1));
                var provider = new AccessTokenProvider(source.RequestAsync, clock);
                await GetToken(provider);

                provider.Invalidate("token-0");
                string current = await GetToken(provider);

                Assert.Equal("token-1", current);
                Assert.Equal(1, source.Count);
            }
        }
    }
}
