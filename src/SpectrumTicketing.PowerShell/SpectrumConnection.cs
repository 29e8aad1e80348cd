using System;
using System.Management.Automation;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Connection to the ticketing API: its base URI, its client id and when its token expires.
    /// It never exposes the client secret or the access token.
    /// </summary>
    public sealed class SpectrumConnection
    {
        private readonly SpectrumClient client;
        private volatile bool closed;

        internal SpectrumConnection(SpectrumClient client, string? submitterId, DateTime connectedOn)
        {
            this.client = client;
            SubmitterId = submitterId;
            ConnectedOn = connectedOn;
        }

        /// <summary>Gateway root of the token endpoint and the API.</summary>
        public Uri BaseUri => client.BaseUri;

        /// <summary>Client id the token was requested for.</summary>
        public string ClientId => client.Options.ClientId;

        /// <summary>How the credentials travel in token requests.</summary>
        public AuthenticationMethod AuthenticationMethod => client.Options.AuthenticationMethod;

        /// <summary>Default submitter (an email address) for tickets, notes and attachments.</summary>
        public string? SubmitterId { get; }

        /// <summary>When Connect-SpectrumTicketing created the connection, in UTC.</summary>
        public DateTime ConnectedOn { get; }

        /// <summary>When the cached access token expires, in UTC; it is renewed shortly before.</summary>
        public DateTime? TokenExpiresOn => closed ? null : client.TokenExpiresOn?.UtcDateTime;

        /// <summary>Whether Disconnect-SpectrumTicketing has closed the connection.</summary>
        public bool IsClosed => closed;

        /// <summary>Returns "clientId @ baseUri".</summary>
        public override string ToString() => $"{ClientId} @ {BaseUri}";

        /// <summary>Gets the client, or fails with a "not connected" error after the connection was closed.</summary>
        internal SpectrumClient GetClient()
        {
            if (closed)
            {
                throw new InvalidOperationException(ModuleMessages.ConnectionClosed(this));
            }

            return client;
        }

        /// <summary>Forgets the cached token and releases the HTTP connection.</summary>
        internal void Close()
        {
            closed = true;
            client.Dispose();
        }
    }
}
