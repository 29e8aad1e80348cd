using System.Management.Automation;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Asks Spectrum support to close a ticket. The API cannot close a ticket itself.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "SpectrumTicketClosure", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpectrumTicket))]
    public sealed class RequestSpectrumTicketClosureCommand : TicketUpdateCmdlet
    {
        /// <summary>Why the ticket can be closed, up to 10,000 characters.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? Reason { get; set; }

        /// <summary>Sends the closure request as a Customer-Closure note.</summary>
        protected override void ProcessRecord() =>
            SendNote(Reason, nameof(Reason), NoteAction.CustomerClosure, "Request closure");
    }
}
