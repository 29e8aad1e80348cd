using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that add to an existing ticket. The API wants the ticket id there, so an
    /// ECT- number is looked up once per invocation, and only after ShouldProcess agreed.
    /// </summary>
    public abstract class TicketUpdateCmdlet : SpectrumCmdlet
    {
        private readonly Dictionary<string, string> ticketIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Ticket id or ECT- number; bound from strings or the TicketId property of piped objects.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketId", "Id")]
        [ValidateNotNull]
        public TicketIdentity? Ticket { get; set; }

        /// <summary>Submitter (an email address); by default the connection's -SubmitterId.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SubmitterId { get; set; }

        /// <summary>Writes the updated ticket, with its notes, to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>
        /// Returns the submitter to send, or writes a MissingSubmitter error and returns <c>null</c>.
        /// </summary>
        protected string? ResolveSubmitterId()
        {
            string? submitter = string.IsNullOrWhiteSpace(SubmitterId) ? GetConnectionSubmitterId() : SubmitterId!.Trim();
            if (string.IsNullOrWhiteSpace(submitter))
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.MissingSubmitter, ModuleMessages.MissingSubmitter, Ticket?.Value));
                return null;
            }

            if (submitter!.Length > FieldLimits.MaxSubmitterIdLength)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.InvalidSubmitter,
                    ModuleMessages.SubmitterTooLong(submitter.Length), submitter));
                return null;
            }

            return submitter;
        }

        /// <summary>
        /// Returns the ticket id for the given ticket, looking ECT- numbers up; writes the error and returns
        /// <c>null</c> when the ticket cannot be found.
        /// </summary>
        protected string? ResolveTicketId(SpectrumClient client, TicketIdentity ticket)
        {
            if (!ticket.IsNumber)
            {
                return ticket.Value;
            }

            if (ticketIds.TryGetValue(ticket.Value, out string? cached))
            {
                return cached;
            }

            try
            {
                string id = Run(async (log, token) => (await client.GetTicketAsync(ticket.Value, log, token).ConfigureAwait(false)).TicketId);
                WriteVerbose(ModuleMessages.TicketNumberResolved(ticket.Value, id));
                ticketIds[ticket.Value] = id;
                return id;
            }
            catch (SpectrumApiException exception)
            {
                WriteApiError(exception, ticket.Value);
                return null;
            }
        }

        /// <summary>Writes the ticket with its notes when -PassThru is set.</summary>
        protected void WritePassThru(SpectrumClient client, string ticketId)
        {
            if (!PassThru)
            {
                return;
            }

            try
            {
                WriteObject(Run((log, token) => client.GetTicketAsync(ticketId, log, token)));
            }
            catch (SpectrumApiException exception)
            {
                WriteApiError(exception, ticketId);
            }
        }

        /// <summary>
        /// Validates the text, calls ShouldProcess, resolves the ticket id and sends the note. Every failure
        /// is written as a non-terminating error naming the ticket.
        /// </summary>
        protected void SendNote(string? text, string parameterName, NoteAction action, string shouldProcessAction)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.InvalidNote, ModuleMessages.EmptyNote(parameterName), Ticket!.Value));
                return;
            }

            if (text!.Length > FieldLimits.MaxNoteLength)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.InvalidNote, ModuleMessages.NoteTooLong(parameterName, text.Length), Ticket!.Value));
                return;
            }

            string? submitter = ResolveSubmitterId();
            if (submitter is null || !ShouldProcess($"ticket {Ticket!.Value}", shouldProcessAction))
            {
                return;
            }

            SpectrumClient client = GetClient();
            string? ticketId = ResolveTicketId(client, Ticket);
            if (ticketId is null)
            {
                return;
            }

            try
            {
                Run((log, token) => client.AddNoteAsync(ticketId, text, submitter, action, log, token));
            }
            catch (SpectrumApiException exception)
            {
                WriteApiError(exception, Ticket.Value);
                return;
            }

            WritePassThru(client, ticketId);
        }
    }
}
