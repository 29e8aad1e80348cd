using System.Collections.Generic;

namespace SpectrumTicketing.Models
{
    /// <summary>One page of a ticket list with the paging envelope the API sends around it.</summary>
    public sealed class SpectrumTicketPage
    {
        /// <summary>Total number of tickets that match the query, over all pages.</summary>
        public int TotalCount { get; set; }

        /// <summary>Number of this page, counted from 1.</summary>
        public int PageNumber { get; set; }

        /// <summary>Number of pages; 0 when the envelope did not include it.</summary>
        public int PageCount { get; set; }

        /// <summary>Tickets on this page.</summary>
        public IReadOnlyList<SpectrumTicket> Tickets { get; set; } = new SpectrumTicket[0];

        /// <summary>An empty page, as for a 204 No Content response.</summary>
        public static SpectrumTicketPage Empty(int pageNumber) => new SpectrumTicketPage { PageNumber = pageNumber };
    }
}
