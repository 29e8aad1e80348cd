using System.Collections.Generic;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>A ticket with its notes and attachments. Dates are epoch seconds, 0 when not set.</summary>
internal sealed class Ticket
{
    public required string Id { get; init; }

    public required string SpectrumTicketNumber { get; init; }

    public string CustomerTicketNumber { get; set; } = "";

    public string BillingAccountNumber { get; set; } = "";

    public string Status { get; set; } = TicketStatus.InProgress;

    public string TicketReportSource { get; set; } = "B2B-API";

    public bool NeedsClientAttention { get; set; }

    public string BusinessImpact { get; set; } = "Outage";

    /// <summary>The impactedServices array as raw JSON, because one vendor record contains a nested empty list.</summary>
    public string ImpactedServicesJson { get; set; } = "[]";

    public List<string> ImpactedCircuits { get; set; } = [];

    public string SiteGuid { get; set; } = "";

    public SiteAddress SiteAddress { get; set; } = new();

    public List<string> SiteContacts { get; set; } = [];

    public List<TicketContact> Contacts { get; set; } = [];

    public string TicketType { get; set; } = "ECT";

    public string TicketSubType { get; set; } = "ticket";

    public string AssignedAction { get; set; } = "";

    public long DateCreated { get; set; }

    public long DateUpdated { get; set; }

    public long DateResolved { get; set; }

    public long DateClosed { get; set; }

    public string ResolutionCode { get; set; } = "";

    public string ResolutionMessage { get; set; } = "";

    public List<CustomerActionPeriod> CustomerActionMinuteDetails { get; set; } = [];

    public List<TicketNote> Notes { get; set; } = [];

    public List<StoredAttachment> Attachments { get; } = [];

    /// <summary>Insertion order, used to break ties between tickets created in the same second.</summary>
    public long Sequence { get; set; }

    public bool IsClosed => Status == TicketStatus.Closed;
}
