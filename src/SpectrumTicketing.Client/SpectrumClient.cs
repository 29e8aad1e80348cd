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
            return await GetAsync(request, _ => SpectrumTicketPage.Empty(pageNumber),
                root => ResponseParser.ParseTicketPage(root, pageNumber), log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Gets one ticket with its notes, by ticket id or ECT- number.</summary>
        /// <exception cref="SpectrumNotFoundException">No ticket has that id or number.</exception>
        public Task<SpectrumTicket> GetTicketAsync(string ticketIdOrNumber, ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Ticket(ticketIdOrNumber), $"get ticket '{ticketIdOrNumber}'");
            return GetAsync<SpectrumTicket>(request,
                response => throw new SpectrumNotFoundException(
                    ClientMessages.TicketNotFound(ticketIdOrNumber, response.TransactionId), response.StatusCode,
                    transactionId: response.TransactionId),
                root => ResponseParser.ParseTicket(root, withDetails: true), log, cancellationToken);
        }

        /// <summary>Gets the organisation's ticketing sites. A 204 response yields none and a warning.</summary>
        public Task<IReadOnlyList<SpectrumSite>> GetSitesAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Sites, "list sites");
            return GetAsync<IReadOnlyList<SpectrumSite>>(request,
                response =>
                {
                    log.Warning(ClientMessages.NoSites(response.TransactionId));
                    return new SpectrumSite[0];
                },
                ResponseParser.ParseSites, log, cancellationToken);
        }

        /// <summary>Gets the organisation's circuits. A 204 response yields none and a warning.</summary>
        public Task<IReadOnlyList<SpectrumCircuit>> GetCircuitsAsync(ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Circuits, "list circuits");
            return GetAsync<IReadOnlyList<SpectrumCircuit>>(request,
                response =>
                {
                    log.Warning(ClientMessages.NoCircuits(response.TransactionId));
                    return new SpectrumCircuit[0];
                },
                ResponseParser.ParseCircuits, log, cancellationToken);
        }

        /// <summary>Gets one circuit by its id.</summary>
        /// <exception cref="SpectrumNotFoundException">No circuit of the organisation has that id.</exception>
        public Task<SpectrumCircuit> GetCircuitAsync(string circuitId, ISpectrumLog log, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, ApiRoutes.Circuit(circuitId), $"get circuit '{circuitId}'");
            return GetAsync<SpectrumCircuit>(request,
                response => throw new SpectrumNotFoundException(
                    ClientMessages.CircuitNotFound(circuitId, response.TransactionId), response.StatusCode,
                    transactionId: response.TransactionId),
                ResponseParser.ParseCircuit, log, cancellationToken);
        }

        /// <summary>Releases the connection's HttpClient.</summary>
        public void Dispose() => transport.Dispose();

        /// <summary>
        /// Sends a GET and parses its body, repeating the GET once when the body is not valid JSON. A 204 or
        /// empty body goes to <paramref name="whenEmpty"/>, which returns a value or throws.
        /// </summary>
        private async Task<T> GetAsync<T>(ApiRequest request, Func<ApiResponse, T> whenEmpty, Func<JsonElement, T> parse,
            ISpectrumLog log, CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                if (IsEmpty(response))
                {
                    return whenEmpty(response);
                }

                try
                {
                    using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
                    return parse(document.RootElement);
                }
                catch (SpectrumInvalidResponseException exception) when (attempt == 1)
                {
                    // A body cut short by a proxy or a dropped stream is transient; a read is safe to repeat once.
                    log.Verbose(exception.Message);
                }
            }
        }

        private static bool IsEmpty(ApiResponse response) =>
            response.StatusCode == HttpStatusCode.NoContent || response.Body.IsEmpty;
    }
}
