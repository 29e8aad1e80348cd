using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
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
    /// The write side. A write is sent again only when it certainly did not reach the service, or when a
    /// lookup after a lost response shows that it was not applied. So nothing is created twice.
    /// </summary>
    public sealed partial class SpectrumClient
    {
        // How far the vendor's clock may run behind ours when a lookup filters on creation time.
        private static readonly TimeSpan LookupClockSkew = TimeSpan.FromMinutes(10);

        // A note with the same text created this long before the send began counts as an older, separate note.
        // NOTE: a note sent twice within this window with the same text is taken as one after a lost response.
        private static readonly TimeSpan NoteMatchWindow = TimeSpan.FromMinutes(2);

        /// <summary>
        /// Creates a ticket. The request must carry a customer ticket id: after a lost response the client
        /// looks for a ticket with that id before it sends the request again.
        /// </summary>
        public async Task<SpectrumTicketReceipt> CreateTicketAsync(NewTicketRequest ticket, ISpectrumLog log, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(ticket.CustomerTicketId))
            {
                throw new ArgumentException("The request needs a customer ticket id for the duplicate check.", nameof(ticket));
            }

            string customerTicketId = ticket.CustomerTicketId!.Trim();
            DateTime sentAfter = Options.TimeProvider.GetUtcNow().UtcDateTime - LookupClockSkew;
            byte[] body = TicketRequestSerializer.SerializeTicket(ticket);
            var request = new ApiRequest(HttpMethod.Post, ApiRoutes.Tickets, $"create ticket '{customerTicketId}'")
            {
                RetryMode = RetryMode.OnlyIfNotProcessed,
                CreateContent = () => JsonContent(body),
            };

            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    ApiResponse response = await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                    using JsonDocument document = ResponseParser.Parse(response.Body, request.Description, response.TransactionId);
                    return new SpectrumTicketReceipt
                    {
                        TicketId = document.RootElement.GetString("ticketId") ?? string.Empty,
                        SpectrumTicketNumber = document.RootElement.GetString("spectrumTicketNumber"),
                        CustomerTicketId = customerTicketId,
                    };
                }
                catch (SpectrumApiException exception) when (MayHaveBeenApplied(exception))
                {
                    log.Warning(WriteMessages.CreateResponseLost(customerTicketId, exception));
                    SpectrumTicket? existing = await FindTicketAfterLostResponseAsync(customerTicketId, sentAfter, exception, log, cancellationToken)
                        .ConfigureAwait(false);
                    if (existing != null)
                    {
                        log.Warning(WriteMessages.CreateRecovered(customerTicketId, existing));
                        return new SpectrumTicketReceipt
                        {
                            TicketId = existing.TicketId,
                            SpectrumTicketNumber = existing.SpectrumTicketNumber,
                            CustomerTicketId = customerTicketId,
                            Recovered = true,
                        };
                    }

                    if (attempt >= 2)
                    {
                        throw;
                    }

                    log.Verbose(WriteMessages.CreateNotFoundRetrying(customerTicketId));
                }
            }
        }

        /// <summary>
        /// Adds a note or a closure request to a ticket (by ticket id; the API rejects ECT- numbers here).
        /// After a lost response the ticket's notes are checked before the note is sent again.
        /// </summary>
        public async Task AddNoteAsync(string ticketId, string note, string submitterId, NoteAction action, ISpectrumLog log,
            CancellationToken cancellationToken)
        {
            byte[] body = TicketRequestSerializer.SerializeNote(note, submitterId, action);
            DateTime sentAfter = Options.TimeProvider.GetUtcNow().UtcDateTime - NoteMatchWindow;
            string verb = action == NoteAction.CustomerClosure ? "request closure of" : "add a note to";
            var request = new ApiRequest(HttpMethod.Post, ApiRoutes.TicketNotes(ticketId), $"{verb} ticket '{ticketId}'")
            {
                RetryMode = RetryMode.OnlyIfNotProcessed,
                CreateContent = () => JsonContent(body),
            };

            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (SpectrumApiException exception) when (MayHaveBeenApplied(exception))
                {
                    log.Warning(WriteMessages.NoteResponseLost(ticketId, exception));
                    bool applied = await HasNoteAsync(ticketId, note, sentAfter, exception, log, cancellationToken).ConfigureAwait(false);
                    if (applied)
                    {
                        log.Warning(WriteMessages.NoteRecovered(ticketId));
                        return;
                    }

                    if (attempt >= 2)
                    {
                        throw;
                    }

                    log.Verbose(WriteMessages.NoteNotFoundRetrying(ticketId));
                }
            }
        }

        /// <summary>
        /// Uploads one file to a ticket (by ticket id), streamed from disk. The API offers no way to list
        /// attachments, so after a lost response the upload is not repeated and the outcome is reported unknown.
        /// </summary>
        public async Task AddAttachmentAsync(string ticketId, string filePath, string submitterId, ISpectrumLog log,
            CancellationToken cancellationToken)
        {
            string fileName = Path.GetFileName(filePath);
            string contentType = AttachmentRules.ContentTypeFor(fileName) ?? "application/octet-stream";
            var request = new ApiRequest(HttpMethod.Post, ApiRoutes.TicketAttachments(ticketId), $"attach '{fileName}' to ticket '{ticketId}'")
            {
                RetryMode = RetryMode.OnlyIfNotProcessed,
                CreateContent = () => AttachmentContent(filePath, fileName, contentType, submitterId),
            };

            try
            {
                await transport.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (SpectrumApiException exception) when (MayHaveBeenApplied(exception))
            {
                throw new SpectrumWriteOutcomeUnknownException(
                    WriteMessages.AttachmentOutcomeUnknown(fileName, ticketId, exception), exception.TransactionId, exception);
            }
        }

        /// <summary>
        /// Whether a failed write may still have been applied: the response was lost, cut short or a 5xx that
        /// does not prove the service did nothing.
        /// </summary>
        internal static bool MayHaveBeenApplied(SpectrumApiException exception)
        {
            switch (exception)
            {
                case SpectrumConnectionException connection:
                    return !connection.ConnectionRefused;
                case SpectrumInvalidResponseException _:
                    return true;
                case SpectrumServerException server:
                    return server.StatusCode.HasValue && (int)server.StatusCode.Value >= 500;
                default:
                    return false;
            }
        }

        private async Task<SpectrumTicket?> FindTicketAfterLostResponseAsync(string customerTicketId, DateTime openedAfter,
            SpectrumApiException original, ISpectrumLog log, CancellationToken cancellationToken)
        {
            var query = new TicketQuery { OpenedAfter = openedAfter };
            try
            {
                for (int page = 1; ; page++)
                {
                    SpectrumTicketPage result = await GetTicketPageAsync(query, page, log, cancellationToken).ConfigureAwait(false);
                    SpectrumTicket? match = result.Tickets.FirstOrDefault(ticket =>
                        string.Equals(ticket.CustomerTicketNumber, customerTicketId, StringComparison.OrdinalIgnoreCase));
                    if (match != null || !TicketPaging.HasNextPage(result))
                    {
                        return match;
                    }
                }
            }
            catch (SpectrumApiException lookupFailure)
            {
                throw new SpectrumWriteOutcomeUnknownException(
                    WriteMessages.CreateOutcomeUnknown(customerTicketId, original, lookupFailure), original.TransactionId, original);
            }
        }

        private async Task<bool> HasNoteAsync(string ticketId, string note, DateTime createdAfter, SpectrumApiException original,
            ISpectrumLog log, CancellationToken cancellationToken)
        {
            try
            {
                SpectrumTicket ticket = await GetTicketAsync(ticketId, log, cancellationToken).ConfigureAwait(false);
                string expected = note.Trim();
                return ticket.Notes?.Any(existing =>
                    string.Equals(existing.Note?.Trim(), expected, StringComparison.Ordinal)
                    && (existing.CreatedDate is null || existing.CreatedDate >= createdAfter)) == true;
            }
            catch (SpectrumApiException lookupFailure)
            {
                throw new SpectrumWriteOutcomeUnknownException(
                    WriteMessages.NoteOutcomeUnknown(ticketId, original, lookupFailure), original.TransactionId, original);
            }
        }

        private static HttpContent JsonContent(byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        }

        private static HttpContent AttachmentContent(string filePath, string fileName, string contentType, string submitterId)
        {
            var file = new StreamContent(new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            var form = new MultipartFormDataContent();
            form.Add(file, "file", fileName);
            form.Add(new StringContent(submitterId), "submitterId");
            return form;
        }
    }
}
