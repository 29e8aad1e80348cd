using System;
using SpectrumTicketing.Http;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class AccessTokenTests
    {
        private static readonly DateTimeOffset IssuedOn = new DateTimeOffset(2025, 4, 5, 18, 30, 0, TimeSpan.Zero);

        [Theory]
        [InlineData(7200, 300)]
        [InlineData(3600, 300)]
        [InlineData(3000, 300)]
        [InlineData(2999, 299.9)]
        [InlineData(600, 60)]
        [InlineData(60, 6)]
        [InlineData(1, 0.1)]
        public void RenewsAtSmallerOfFiveMinutesAndTenth(int lifetimeSeconds, double marginSeconds)
        {
            var token = new AccessToken("value", IssuedOn, TimeSpan.FromSeconds(lifetimeSeconds));

            DateTimeOffset renewOn = token.RenewOn;

            Assert.Equal(token.ExpiresOn - TimeSpan.FromSeconds(marginSeconds), renewOn);
        }

        [Fact]
        public void ExpiresAfterLifetime()
        {
            var token = new AccessToken("value", IssuedOn, TimeSpan.FromSeconds(3600));

            DateTimeOffset expiresOn = token.ExpiresOn;

            Assert.Equal(IssuedOn.AddHours(1), expiresOn);
        }

        [Fact]
        public void HidesValueInText()
        {
            var token = new AccessToken("eyJhbGciOi.secret-part", IssuedOn, TimeSpan.FromSeconds(3600));

            string text = token.ToString();

            Assert.DoesNotContain("secret-part", text);
            Assert.Contains("2025-04-05 19:30:00Z", text);
        }
    }
}
