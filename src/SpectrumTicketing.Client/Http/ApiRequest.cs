using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpectrumTicketing.Http
{
    /// <summary>One logical API call; the transport turns it into one HttpRequestMessage per attempt.</summary>
    internal sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string path, string description)
        {
            Method = method;
            Path = path;
            Description = description;
        }

        public HttpMethod Method { get; }

        /// <summary>Path and query relative to the connection's base URI.</summary>
        public string Path { get; }

        /// <summary>What the call does, for messages: "list tickets", "get ticket 'ECT-1'".</summary>
        public string Description { get; }

        /// <summary>Builds a fresh body for each attempt, because HttpContent cannot be sent twice.</summary>
        public Func<HttpContent>? CreateContent { get; set; }

        /// <summary>Whether the bearer token is attached; false only for the token request.</summary>
        public bool Authenticated { get; set; } = true;

        /// <summary>Authorization header to send instead of the bearer token (Basic, for the token request).</summary>
        public AuthenticationHeaderValue? Authorization { get; set; }

        /// <summary>Whether bodies may be written to the debug stream; false where they carry credentials.</summary>
        public bool LogBodies { get; set; } = true;

        public RetryMode RetryMode { get; set; } = RetryMode.Idempotent;
    }
}
