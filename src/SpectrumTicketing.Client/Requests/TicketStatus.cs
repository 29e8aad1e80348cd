using System;

namespace SpectrumTicketing.Requests
{
    /// <summary>The two ticket status values the API uses.</summary>
    public static class TicketStatus
    {
        /// <summary>New or in progress.</summary>
        public const string InProgress = "In Progress";

        /// <summary>Resolved or closed.</summary>
        public const string Closed = "Closed";

        /// <summary>Returns the API's spelling of a status given in any case; <c>null</c> stays <c>null</c>.</summary>
        public static string? Normalize(string? status)
        {
            if (status is null)
            {
                return null;
            }

            if (string.Equals(status, InProgress, StringComparison.OrdinalIgnoreCase))
            {
                return InProgress;
            }

            return string.Equals(status, Closed, StringComparison.OrdinalIgnoreCase) ? Closed : status;
        }
    }
}
