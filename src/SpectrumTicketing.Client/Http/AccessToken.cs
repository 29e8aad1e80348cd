using System;

namespace SpectrumTicketing.Http
{
    /// <summary>A bearer token and the time it expires.</summary>
    internal sealed class AccessToken
    {
        public AccessToken(string value, DateTimeOffset issuedOn, TimeSpan lifetime)
        {
            Value = value;
            IssuedOn = issuedOn;
            Lifetime = lifetime;
        }

        public string Value { get; }

        public DateTimeOffset IssuedOn { get; }

        public TimeSpan Lifetime { get; }

        public DateTimeOffset ExpiresOn => IssuedOn + Lifetime;

        /// <summary>
        /// The time from which the token is renewed before use: five minutes before expiry, or a tenth of
        /// the lifetime for tokens shorter than 50 minutes, so a request never leaves with a token about to expire.
        /// </summary>
        public DateTimeOffset RenewOn
        {
            get
            {
                TimeSpan margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, Lifetime.Ticks / 10));
                return ExpiresOn - margin;
            }
        }

        /// <summary>Hides the token value from ToString, debuggers' summaries and formatted output.</summary>
        public override string ToString() => $"Bearer token expiring {ExpiresOn:u}";
    }
}
