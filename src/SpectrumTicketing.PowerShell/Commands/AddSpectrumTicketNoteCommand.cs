using System.Management.Automation;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Adds a note to a ticket, which brings it back to the attention of Spectrum support.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "SpectrumTicketNote", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpectrumTicket))]
    public sealed class AddSpectrumTicketNoteCommand : TicketUpdateCmdlet
    {
        /// <summary>Text of the note, up to 10,000 characters.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? Note { get; set; }

        /// <summary>Sends the note.</summary>
        protected override void ProcessRecord() =>
            SendNote(Note, nameof(Note), NoteAction.CustomerNote, "Add note");
    }
}
