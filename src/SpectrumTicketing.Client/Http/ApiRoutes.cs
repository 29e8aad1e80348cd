using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.Http
{
    /// <summary>
    /// Every path and query string the client sends, relative to the connection's base URI.
    /// Paging links in responses are never followed: they name the production host whatever host
    /// served the request, and the token must not go anywhere but the connection's own host.
    /// </summary>
    internal static class ApiRoutes
    {
        public const string Token = "auth/oauth/v2/token";

        private const string ApiRoot = "entservices/ticketing-b2b/v1/";

        public static string Sites => ApiRoot + "sites";

        public static string Circuits => ApiRoot + "circuits";

        public static string Tickets => ApiRoot + "tickets";

        public static string Circuit(string circuitId) => Circuits + "/" + Escape(circuitId);

        public static string Ticket(string ticketIdOrNumber) => Tickets + "/" + Escape(ticketIdOrNumber);

        public static string TicketNotes(string ticketId) => Ticket(ticketId) + "/notes";

        public static string TicketAttachments(string ticketId) => Ticket(ticketId) + "/attachments";

        /// <summary>Builds GET /tickets with the filters, always naming <c>paginate</c> and the page.</summary>
        public static string TicketPage(TicketQuery query, int pageNumber)
        {
            var parameters = new List<KeyValuePair<string, string>>();
            Add(parameters, "status", query.Status);
            AddDate(parameters, "openDateStart", query.OpenedAfter);
            AddDate(parameters, "openDateEnd", query.OpenedBefore);
            AddDate(parameters, "updateDateStart", query.UpdatedAfter);
            AddDate(parameters, "updateDateEnd", query.UpdatedBefore);
            AddDate(parameters, "resolvedDateStart", query.ResolvedAfter);
            AddDate(parameters, "resolvedDateEnd", query.ResolvedBefore);
            AddDate(parameters, "closedDateStart", query.ClosedAfter);
            AddDate(parameters, "closedDateEnd", query.ClosedBefore);
            Add(parameters, "paginate", "true");
            Add(parameters, "returnPageNumber", pageNumber.ToString(CultureInfo.InvariantCulture));

            return Tickets + "?" + string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        }

        /// <summary>
        /// Formats a date as the API wants it: UTC, <c>yyyy-MM-ddTHH:mm:ss.000Z</c>. A date of unspecified kind
        /// is local time, as PowerShell's own date parsing produces it.
        /// </summary>
        public static string FormatDate(DateTime value)
        {
            DateTime utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
            return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", CultureInfo.InvariantCulture);
        }

        private static void Add(List<KeyValuePair<string, string>> parameters, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Add(new KeyValuePair<string, string>(name, value!));
            }
        }

        private static void AddDate(List<KeyValuePair<string, string>> parameters, string name, DateTime? value)
        {
            if (value.HasValue)
            {
                parameters.Add(new KeyValuePair<string, string>(name, FormatDate(value.Value)));
            }
        }

        private static string Escape(string segment) => Uri.EscapeDataString(segment);
    }
}
