using System.Management.Automation;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a contact to pass to New-SpectrumTicket -Contact. Nothing is sent.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SpectrumTicketContact")]
    [OutputType(typeof(NewTicketContact))]
    public sealed class NewSpectrumTicketContactCommand : PSCmdlet
    {
        /// <summary>Site or Technical; every ticket needs a Site contact.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet(ContactType.Site, ContactType.Technical)]
        public string Type { get; set; } = ContactType.Site;

        /// <summary>First name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, FieldLimits.MaxShortTextLength)]
        public string? FirstName { get; set; }

        /// <summary>Last name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, FieldLimits.MaxShortTextLength)]
        public string? LastName { get; set; }

        /// <summary>Phone number, in any format.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, FieldLimits.MaxShortTextLength)]
        public string? PhoneNumber { get; set; }

        /// <summary>Email address.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, FieldLimits.MaxShortTextLength)]
        public string? Email { get; set; }

        /// <summary>From what time of day the contact is available, for example 08:00.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, FieldLimits.MaxShortTextLength)]
        public string? AvailableStartTime { get; set; }

        /// <summary>Until what time of day the contact is available, for example 18:00.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, FieldLimits.MaxShortTextLength)]
        public string? AvailableEndTime { get; set; }

        /// <summary>Days the contact is not available, for example "Saturday, Sunday".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, FieldLimits.MaxShortTextLength)]
        public string? UnavailableDays { get; set; }

        /// <summary>Writes the contact.</summary>
        protected override void ProcessRecord() => WriteObject(new NewTicketContact
        {
            Type = Type,
            FirstName = FirstName,
            LastName = LastName,
            PhoneNumber = PhoneNumber,
            Email = Email,
            AvailableStartTime = AvailableStartTime,
            AvailableEndTime = AvailableEndTime,
            UnavailableDays = UnavailableDays,
        });
    }
}
