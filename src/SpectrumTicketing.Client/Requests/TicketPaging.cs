using SpectrumTicketing.Models;

namespace SpectrumTicketing.Requests
{
    /// <summary>Paging rules of GET /tickets.</summary>
    public static class TicketPaging
    {
        /// <summary>Tickets per page, fixed by the API.</summary>
        public const int PageSize = 25;

        /// <summary>
        /// Whether another page follows: by the page count of the envelope when the API sent one, else while
        /// pages come back full.
        /// </summary>
        public static bool HasNextPage(SpectrumTicketPage page)
        {
            if (page.Tickets.Count == 0)
            {
                return false;
            }

            if (page.PageCount > 0)
            {
                return page.PageNumber < page.PageCount;
            }

            return page.Tickets.Count >= PageSize;
        }
    }
}
