using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a Spectrum ticket for a site or up to five circuits, once per input object.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SpectrumTicket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SpectrumTicketReceipt))]
    public sealed class NewSpectrumTicketCommand : SpectrumCmdlet
    {
        private static readonly char[] CircuitSeparators = { ',', ';' };

        /// <summary>Site GUID of the service location (see Get-SpectrumSite).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SiteGuid { get; set; }

        /// <summary>Up to five circuit ids at one site; a value may list several separated by commas or semicolons.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Circuits")]
        public string[]? CircuitId { get; set; }

        /// <summary>Submitter (an email address); by default the connection's -SubmitterId.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SubmitterId { get; set; }

        /// <summary>Marks the ticket as raised by an automatic network alarm.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter Alarm { get; set; }

        /// <summary>Description of the issue.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [Alias("Description")]
        public string? IssueDescription { get; set; }

        /// <summary>Date the issue was first noticed, in any format; for support's information only.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? IssueStartDate { get; set; }

        /// <summary>Time of day the issue was first noticed, in any format; for support's information only.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? IssueStartTime { get; set; }

        /// <summary>Id of the matching ticket in your own system; generated when not given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CustomerTicketId { get; set; }

        /// <summary>Outage, Impairment or Information.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet(Requests.BusinessImpact.Outage, Requests.BusinessImpact.Impairment, Requests.BusinessImpact.Information)]
        public string? BusinessImpact { get; set; }

        /// <summary>Whether the building has power: true, false, or leave it out when not verified.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? BuildingPower { get; set; }

        /// <summary>Whether the Spectrum equipment has power: true, false, or leave it out when not verified.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public bool? EquipmentPower { get; set; }

        /// <summary>Steps already taken.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? TroubleshootingSteps { get; set; }

        /// <summary>Contacts from New-SpectrumTicketContact or hashtables with the same keys; one must be of type Site.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ContactTransformation]
        public NewTicketContact[]? Contact { get; set; }

        /// <summary>Start of site access hours, HH:MM (24 hour).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SiteAccessStartTime { get; set; }

        /// <summary>End of site access hours, HH:MM (24 hour).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SiteAccessEndTime { get; set; }

        /// <summary>Any other notes, such as access codes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AdditionalInfo { get; set; }

        /// <summary>Validates the ticket, calls ShouldProcess and creates it.</summary>
        protected override void ProcessRecord()
        {
            NewTicketRequest ticket = BuildRequest();
            IReadOnlyList<string> errors = TicketRequestValidator.Validate(ticket);
            if (errors.Count > 0)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(
                    ErrorIds.InvalidTicketRequest, ModuleMessages.InvalidTicketRequest(string.Join(" ", errors)), ticket.CustomerTicketId));
                return;
            }

            string target = ticket.Circuits.Count > 0
                ? $"circuit(s) {string.Join(", ", ticket.Circuits)}"
                : $"site {ticket.SiteGuid}";
            string action = $"Create {ticket.BusinessImpact} ticket '{ticket.CustomerTicketId}': {Shorten(ticket.IssueDescription)}";
            if (!ShouldProcess(target, action))
            {
                return;
            }

            SpectrumClient client = GetClient();
            try
            {
                WriteObject(Run((log, token) => client.CreateTicketAsync(ticket, log, token)));
            }
            catch (SpectrumApiException exception)
            {
                WriteApiError(exception, ticket.CustomerTicketId);
            }
        }

        private NewTicketRequest BuildRequest()
        {
            string customerTicketId = string.IsNullOrWhiteSpace(CustomerTicketId) ? GenerateCustomerTicketId() : CustomerTicketId!.Trim();
            return new NewTicketRequest
            {
                SiteGuid = EmptyToNull(SiteGuid),
                Circuits = SplitCircuits(CircuitId),
                SubmitterId = EmptyToNull(SubmitterId) ?? GetConnectionSubmitterId(),
                Alarm = MyInvocation.BoundParameters.ContainsKey(nameof(Alarm)) ? Alarm.IsPresent : (bool?)null,
                IssueDescription = IssueDescription,
                IssueStartDate = EmptyToNull(IssueStartDate),
                IssueStartTime = EmptyToNull(IssueStartTime),
                CustomerTicketId = customerTicketId,
                BusinessImpact = BusinessImpact,
                BuildingPower = BuildingPower,
                EquipmentPower = EquipmentPower,
                TroubleshootingSteps = EmptyToNull(TroubleshootingSteps),
                Contacts = Contact?.Where(contact => contact != null).ToList() ?? new List<NewTicketContact>(),
                SiteAccessStartTime = EmptyToNull(SiteAccessStartTime),
                SiteAccessEndTime = EmptyToNull(SiteAccessEndTime),
                AdditionalInfo = EmptyToNull(AdditionalInfo),
            };
        }

        private string GenerateCustomerTicketId()
        {
            string id = "PS-" + Guid.NewGuid().ToString("N").Substring(0, 16).ToUpperInvariant();
            WriteVerbose(ModuleMessages.GeneratedCustomerTicketId(id));
            return id;
        }

        private static List<string> SplitCircuits(string[]? values) =>
            (values ?? new string[0])
                .SelectMany(value => (value ?? string.Empty).Split(CircuitSeparators))
                .Select(circuit => circuit.Trim())
                .Where(circuit => circuit.Length > 0)
                .ToList();

        private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private static string Shorten(string? text)
        {
            string value = (text ?? string.Empty).Replace(Environment.NewLine, " ").Trim();
            return value.Length <= 60 ? value : value.Substring(0, 57) + "...";
        }
    }
}
