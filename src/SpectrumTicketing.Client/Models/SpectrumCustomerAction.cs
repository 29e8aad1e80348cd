using System;
using System.Globalization;

namespace SpectrumTicketing.Models
{
    /// <summary>
    /// Period during which a ticket waited on the customer, from the API's
    /// <c>customerActionMinuteDetails</c>.
    /// </summary>
    public sealed class SpectrumCustomerAction
    {
        /// <summary>Action the customer was asked for, for example "Customer-Awaiting Additional Information".</summary>
        public string? Action { get; set; }

        /// <summary>Start of the period, in UTC.</summary>
        public DateTime? StartTime { get; set; }

        /// <summary>End of the period, in UTC; <c>null</c> while it lasts.</summary>
        public DateTime? EndTime { get; set; }

        /// <summary>Formats the period as "action (start - end)".</summary>
        public override string ToString()
        {
            string start = StartTime?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "?";
            string end = EndTime?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "open";
            return $"{Action} ({start} - {end})";
        }
    }
}
