using System;

namespace SpectrumTicketing.Requests
{
    /// <summary>Filters of GET /tickets. Every date is converted to UTC before it is sent.</summary>
    public sealed class TicketQuery
    {
        /// <summary>"In Progress" or "Closed"; <c>null</c> for both.</summary>
        public string? Status { get; set; }

        /// <summary>Tickets opened on or after this time.</summary>
        public DateTime? OpenedAfter { get; set; }

        /// <summary>Tickets opened on or before this time.</summary>
        public DateTime? OpenedBefore { get; set; }

        /// <summary>Tickets updated on or after this time.</summary>
        public DateTime? UpdatedAfter { get; set; }

        /// <summary>Tickets updated on or before this time.</summary>
        public DateTime? UpdatedBefore { get; set; }

        /// <summary>Tickets resolved on or after this time.</summary>
        public DateTime? ResolvedAfter { get; set; }

        /// <summary>Tickets resolved on or before this time.</summary>
        public DateTime? ResolvedBefore { get; set; }

        /// <summary>Tickets closed on or after this time.</summary>
        public DateTime? ClosedAfter { get; set; }

        /// <summary>Tickets closed on or before this time.</summary>
        public DateTime? ClosedBefore { get; set; }
    }
}
