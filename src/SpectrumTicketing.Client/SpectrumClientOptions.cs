using System;
using System.Net.Http;
using System.Security;

namespace SpectrumTicketing
{
    /// <summary>Settings of one API connection.</summary>
    public sealed class SpectrumClientOptions
    {
        /// <summary>The production gateway, root of both the token endpoint and the API.</summary>
        public static readonly Uri ProductionBaseUri = new Uri("https://apis.spectrum.net/");

        /// <summary>Gateway root, for example https://apis.spectrum.net/. Plain http is allowed for loopback only.</summary>
        public Uri BaseUri { get; set; } = ProductionBaseUri;

        /// <summary>Client id issued by the vendor.</summary>
        public string ClientId { get; set; } = string.Empty;

        /// <summary>Client secret issued by the vendor.</summary>
        public SecureString ClientSecret { get; set; } = new SecureString();

        /// <summary>How the credentials travel in the token request.</summary>
        public AuthenticationMethod AuthenticationMethod { get; set; } = AuthenticationMethod.FormBody;

        /// <summary>Value of the User-Agent header.</summary>
        public string UserAgent { get; set; } = "SpectrumTicketing";

        /// <summary>Maximum time for one attempt of one request, including reading the body.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Maximum number of retries after the first attempt of a request that may be retried.</summary>
        public int MaxRetries { get; set; } = 4;

        /// <summary>Delay before the first retry; later retries double it, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Maximum delay between two attempts, also for a server's Retry-After.</summary>
        public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Handler under the client's HttpClient; tests replace it, production leaves it unset.</summary>
        public HttpMessageHandler? MessageHandler { get; set; }

        /// <summary>Clock for token expiry; tests replace it.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
    }
}
