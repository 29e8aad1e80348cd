using System;
using System.Threading;
using System.Threading.Tasks;

namespace SpectrumTicketing.Http
{
    /// <summary>
    /// Caches the connection's access token and renews it shortly before expiry. The vendor throttles the
    /// token endpoint, so concurrent callers (several runspaces sharing one connection) wait for a single
    /// renewal instead of each requesting a token.
    /// </summary>
    internal sealed class AccessTokenProvider
    {
        private readonly Func<ISpectrumLog, CancellationToken, Task<AccessToken>> requestToken;
        private readonly TimeProvider timeProvider;
        private readonly SemaphoreSlim renewalGate = new SemaphoreSlim(1, 1);
        private AccessToken? current;

        public AccessTokenProvider(Func<ISpectrumLog, CancellationToken, Task<AccessToken>> requestToken, TimeProvider timeProvider)
        {
            this.requestToken = requestToken;
            this.timeProvider = timeProvider;
        }

        /// <summary>Expiry of the cached token; <c>null</c> before the first token.</summary>
        public DateTimeOffset? ExpiresOn => Volatile.Read(ref current)?.ExpiresOn;

        public async Task<string> GetTokenAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            AccessToken? token = Volatile.Read(ref current);
            if (IsUsable(token))
            {
                return token!.Value;
            }

            await renewalGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Another caller may have renewed the token while this one waited.
                token = Volatile.Read(ref current);
                if (IsUsable(token))
                {
                    return token!.Value;
                }

                token = await requestToken(log, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref current, token);
                return token.Value;
            }
            finally
            {
                renewalGate.Release();
            }
        }

        /// <summary>
        /// Drops the cached token after the API called it expired, unless another caller already replaced it.
        /// </summary>
        public void Invalidate(string rejectedToken)
        {
            AccessToken? token = Volatile.Read(ref current);
            if (token != null && token.Value == rejectedToken)
            {
                Interlocked.CompareExchange(ref current, null, token);
            }
        }

        private bool IsUsable(AccessToken? token) => token != null && timeProvider.GetUtcNow() < token.RenewOn;
    }
}
