using System;

namespace SpectrumTicketing.Models
{
    /// <summary>
    /// Spectrum ticket. List calls fill every field but <see cref="Notes"/> and
    /// <see cref="CustomerActions"/>, which only a single-ticket lookup returns.
    /// </summary>
    public sealed class SpectrumTicket
    {
        /// <summary>Ticket id within the vendor's ticketing system; notes and attachments need this id.</summary>
        public string TicketId { get; set; } = string.Empty;

        /// <summary>Ticket number support staff quote, for example ECT-12345678.</summary>
        public string? SpectrumTicketNumber { get; set; }

        /// <summary>Id of the matching ticket in the customer's own system, if one was given.</summary>
        public string? CustomerTicketNumber { get; set; }

        /// <summary>Billing account number of the service location.</summary>
        public string? BillingAccountNumber { get; set; }

        /// <summary>Simplified status: "In Progress" or "Closed".</summary>
        public string? Status { get; set; }

        /// <summary>How the issue reached Spectrum, for example "Inbound Call", "B2B-API" or "Alarm".</summary>
        public string? Source { get; set; }

        /// <summary>Whether the ticket waits on a response from the customer.</summary>
        public bool NeedsClientAttention { get; set; }

        /// <summary>Outage, Impairment, Failover or Information.</summary>
        public string? BusinessImpact { get; set; }

        /// <summary>Types of service impacted, for example "Data-FIA".</summary>
        public SpectrumList<string> ImpactedServices { get; set; } = SpectrumList<string>.Empty;

        /// <summary>Circuit ids impacted by the issue.</summary>
        public SpectrumList<string> ImpactedCircuits { get; set; } = SpectrumList<string>.Empty;

        /// <summary>Site GUID of the service location.</summary>
        public string? SiteGuid { get; set; }

        /// <summary>Address of the service location.</summary>
        public SpectrumSiteAddress? SiteAddress { get; set; }

        /// <summary>Names of the site contacts.</summary>
        public SpectrumList<string> SiteContacts { get; set; } = SpectrumList<string>.Empty;

        /// <summary>Contacts with type, phone and email.</summary>
        public SpectrumList<SpectrumTicketContact> Contacts { get; set; } = SpectrumList<SpectrumTicketContact>.Empty;

        /// <summary>Ticket type; always ECT today.</summary>
        public string? TicketType { get; set; }

        /// <summary>Ticket sub-type, for example "No Connectivity".</summary>
        public string? TicketSubType { get; set; }

        /// <summary>Action needed to resolve an open ticket, for example "Maintenance - Waiting for Approvals".</summary>
        public string? AssignedAction { get; set; }

        /// <summary>When the ticket was opened, in UTC.</summary>
        public DateTime? CreatedDate { get; set; }

        /// <summary>When the ticket last changed, in UTC.</summary>
        public DateTime? UpdatedDate { get; set; }

        /// <summary>When the ticket was resolved, in UTC; <c>null</c> while unresolved.</summary>
        public DateTime? ResolvedDate { get; set; }

        /// <summary>When the ticket was closed, in UTC; <c>null</c> while open.</summary>
        public DateTime? ClosedDate { get; set; }

        /// <summary>Code of the resolution type.</summary>
        public string? ResolutionCode { get; set; }

        /// <summary>Description of the resolution type.</summary>
        public string? ResolutionMessage { get; set; }

        /// <summary>Notes on the ticket, oldest first; <c>null</c> on tickets from a list call.</summary>
        public SpectrumList<SpectrumTicketNote>? Notes { get; set; }

        /// <summary>Periods the ticket waited on the customer; <c>null</c> on tickets from a list call.</summary>
        public SpectrumList<SpectrumCustomerAction>? CustomerActions { get; set; }

        /// <summary>Returns the Spectrum ticket number, or the id when there is no number.</summary>
        public override string ToString() => SpectrumTicketNumber ?? TicketId;
    }
}
