using System;
using System.Security;

namespace SpectrumTicketing.Tests.Support
{
    /// <summary>Builds clients wired to a <see cref="FakeHandler"/> and a <see cref="FakeClock"/>.</summary>
    internal static class TestClients
    {
        public const string ClientId = "client-1";
        public const string ClientSecret = "s3cret-value";
        public const string UserAgent = "SpectrumTicketing/0.1 (unit tests)";

        /// <summary>Loopback address with the discard port; the fake handler responds before any socket opens.</summary>
        public static readonly Uri LoopbackBaseUri = new Uri("http://127.0.0.1:9/");

        public static SpectrumClientOptions Options(FakeHandler handler, FakeClock? clock = null)
        {
            return new SpectrumClientOptions
            {
                BaseUri = LoopbackBaseUri,
                ClientId = ClientId,
                ClientSecret = Secure(ClientSecret),
                UserAgent = UserAgent,
                MessageHandler = handler,
                TimeProvider = clock ?? new FakeClock(),
                MaxRetries = 3,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                RetryMaxDelay = TimeSpan.FromMilliseconds(20),
                RequestTimeout = TimeSpan.FromSeconds(30),
            };
        }

        public static SpectrumClient Create(FakeHandler handler, FakeClock? clock = null, Action<SpectrumClientOptions>? configure = null)
        {
            SpectrumClientOptions options = Options(handler, clock);
            configure?.Invoke(options);
            return new SpectrumClient(options);
        }

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (char character in text)
            {
                secure.AppendChar(character);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
