using System.Collections.Generic;

namespace SpectrumTicketing.Models
{
    /// <summary>Formats the vendor's address fields as one readable line.</summary>
    internal static class AddressFormatter
    {
        /// <summary>Joins the non-empty parts as "line 1, line 2, city, ST zip".</summary>
        public static string Format(string? line1, string? line2, string? city, string? state, string? zip)
        {
            var parts = new List<string>();
            AddIfPresent(parts, line1);
            AddIfPresent(parts, line2);
            AddIfPresent(parts, city);
            AddIfPresent(parts, $"{state} {zip}");
            return string.Join(", ", parts);
        }

        private static void AddIfPresent(List<string> parts, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(value!.Trim());
            }
        }
    }
}
