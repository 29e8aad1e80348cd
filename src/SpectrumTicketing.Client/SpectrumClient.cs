using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Http;
using SpectrumTicketing.Models;
using SpectrumTicketing.Parsing;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing
{
    /// <summary>
    /// Typed client of the Spectrum Business ticketing API for one set of credentials. It is safe to share
    /// between threads; each call takes the log and cancellation token of its caller.
    /// </summary>
    public sealed partial class SpectrumClient : IDisposable
    {
        private readonly SpectrumHttpTransport transport;

        /// <summary>Creates a client; no request is sent until the first call.</summary>
        public SpectrumClient(SpectrumClientOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            ValidateBaseUri(options.BaseUri);
            Options = options;
            transport = new SpectrumHttpTransport(options);
        }

        /// <summary>Settings the client was created with.</summary>
        public SpectrumClientOptions Options { get; }

        /// <summary>Gateway root all requests go to, with a trailing slash.</summary>
        public Uri BaseUri => transport.BaseUri;

        /// <summary>Expiry of the cached access token; <c>null</c> before the first token.</summary>
        public DateTimeOffset? TokenExpiresOn => transport.Tokens.ExpiresOn;

        /// <summary>
        /// Checks that a base URI is absolute and uses https, or plain http with a loopback host.
        /// </summary>
        /// <exception cref="ArgumentException">The URI is relative, of another scheme, or plain http off loopback.</exception>
        public static void ValidateBaseUri(Uri baseUri)
        {
            if (baseUri is null || !baseUri.IsAbsoluteUri
                || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException(Messages.RelativeBaseUri(baseUri?.OriginalString ?? string.Empty));
            }

            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                throw new ArgumentException(Messages.InsecureBaseUri(baseUri));
            }
        }

        /// <summary>Requests an access token now, so that wrong credentials fail at once.</summary>
        public Task ConnectAsync(ISpectrumLog log, CancellationToken cancellationToken) =>
            transport.Tokens.GetTokenAsync(log, cancellationToken);

        /// <summary>Gets one page of tickets (25 a page); a page past the end, or no match at all, is empty.</summary>
        public async Task<SpectrumTicketPage> GetTicketPageAsync(TicketQuery query, int pageNumber, ISpectrumLog log,
            CancellationToken cancellationToken)
        {
            if (pageNumber < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber, "Page numbers start at 1.");
            }

            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.TicketPage(query, pageNumber), $"list tickets (page {pageNumber})");
            ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            if (IsEmpty(response))
            {
                return SpectrumTicketPage.Empty(pageNumber);
            }

            using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            return ResponseParser.ParseTicketPage(document.RootElement, pageNumber);
        }

        /// <summary>Gets one ticket with its notes, by ticket id or ECT- number.</summary>
        /// <exception cref="SpectrumNotFoundException">No ticket has that id or number.</exception>
        public async Task<SpectrumTicket> GetTicketAsync(string ticketIdOrNumber, ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Ticket(ticketIdOrNumber), $"get ticket '{ticketIdOrNumber}'");
            ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            if (IsEmpty(response))
            {
                throw new SpectrumNotFoundException(
                    ClientMessages.TicketNotFound(ticketIdOrNumber, response.TransactionId), response.StatusCode,
                    transactionId: response.TransactionId);
            }

            using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            return ResponseParser.ParseTicket(document.RootElement, withDetails: true);
        }

        /// <summary>Gets the organisation's ticketing sites. A 204 response yields none and a warning.</summary>
        public async Task<IReadOnlyList<SpectrumSite>> GetSitesAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Sites, "list sites");
            ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            if (IsEmpty(response))
            {
                log.Warning(ClientMessages.NoSites(response.TransactionId));
                return new SpectrumSite[0];
            }

            using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            return ResponseParser.ParseSites(document.RootElement);
        }

        /// <summary>Gets the organisation's circuits. A 204 response yields none and a warning.</summary>
        public async Task<IReadOnlyList<SpectrumCircuit>> GetCircuitsAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Circuits, "list circuits");
            ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            if (IsEmpty(response))
            {
                log.Warning(ClientMessages.NoCircuits(response.TransactionId));
                return new SpectrumCircuit[0];
            }

            using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            return ResponseParser.ParseCircuits(document.RootElement);
        }

        /// <summary>Gets one circuit by its id.</summary>
        /// <exception cref="SpectrumNotFoundException">No circuit of the organisation has that id.</exception>
        public async Task<SpectrumCircuit> GetCircuitAsync(string circuitId, ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Circuit(circuitId), $"get circuit '{circuitId}'");
            ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            if (IsEmpty(response))
            {
                throw new SpectrumNotFoundException(
                    ClientMessages.CircuitNotFound(circuitId, response.TransactionId), response.StatusCode,
                    transactionId: response.TransactionId);
            }

            using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
            return ResponseParser.ParseCircuit(document.RootElement);
        }

        /// <summary>Releases the connection's HttpClient.</summary>
        public void Dispose() => transport.Dispose();

        private static bool IsEmpty(ApiResponse response) =>
            response.StatusCode == HttpStatusCode.NoContent || response.Body.IsEmpty;
    }
}
