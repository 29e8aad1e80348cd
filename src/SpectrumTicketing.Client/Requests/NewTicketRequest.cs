using System.Collections.Generic;

namespace SpectrumTicketing.Requests
{
    /// <summary>Body of POST /tickets. Optional fields left <c>null</c> are omitted from the request.</summary>
    public sealed class NewTicketRequest
    {
        /// <summary>Site GUID of the service location; required when no circuit is given.</summary>
        public string? SiteGuid { get; set; }

        /// <summary>Up to five circuit ids at one site; required when no site GUID is given.</summary>
        public List<string> Circuits { get; set; } = new List<string>();

        /// <summary>User id (usually an email address) of the person or system submitting the ticket.</summary>
        public string? SubmitterId { get; set; }

        /// <summary>Whether an automatic network alarm raised the ticket; <c>null</c> leaves the field out.</summary>
        public bool? Alarm { get; set; }

        /// <summary>Description of the issue.</summary>
        public string? IssueDescription { get; set; }

        /// <summary>Date the issue was first noticed, in any format.</summary>
        public string? IssueStartDate { get; set; }

        /// <summary>Time of day the issue was first noticed, in any format.</summary>
        public string? IssueStartTime { get; set; }

        /// <summary>Id of the matching ticket in the customer's own system.</summary>
        public string? CustomerTicketId { get; set; }

        /// <summary>Outage, Impairment or Information.</summary>
        public string? BusinessImpact { get; set; }

        /// <summary>Whether the building has power; <c>null</c> means "not verified" and leaves the field out.</summary>
        public bool? BuildingPower { get; set; }

        /// <summary>Whether the Spectrum equipment has power; <c>null</c> means "not verified" and leaves the field out.</summary>
        public bool? EquipmentPower { get; set; }

        /// <summary>Steps already taken.</summary>
        public string? TroubleshootingSteps { get; set; }

        /// <summary>Contacts; at least one of type Site.</summary>
        public List<NewTicketContact> Contacts { get; set; } = new List<NewTicketContact>();

        /// <summary>Start of site access hours, HH:MM (24 hour).</summary>
        public string? SiteAccessStartTime { get; set; }

        /// <summary>End of site access hours, HH:MM (24 hour).</summary>
        public string? SiteAccessEndTime { get; set; }

        /// <summary>Any other notes, such as access codes.</summary>
        public string? AdditionalInfo { get; set; }
    }
}
