using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SpectrumTicketing.Parsing
{
    /// <summary>
    /// Lenient readers for the vendor's JSON. The spec documents some fields with one type and shows another
    /// in its examples (dates as strings or numbers, booleans as "Yes"), so each reader accepts every form
    /// seen there and treats null, empty and absent alike.
    /// </summary>
    internal static class JsonElementReader
    {
        private const long MaxEpochSeconds = 100_000_000_000;

        /// <summary>Finds a property by exact name, then without regard to case.</summary>
        public static bool TryGetMember(this JsonElement element, string name, out JsonElement value)
        {
            value = default;
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (element.TryGetProperty(name, out value))
            {
                return true;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Reads a string, a number as its text, or a boolean as "true"/"false"; otherwise <c>null</c>.</summary>
        public static string? GetString(this JsonElement element, string name)
        {
            if (!element.TryGetMember(name, out JsonElement value))
            {
                return null;
            }

            return ToText(value);
        }

        /// <summary>Reads a boolean sent as JSON true/false, "true"/"false" or "Yes"/"No"; anything else is false.</summary>
        public static bool GetBoolean(this JsonElement element, string name)
        {
            if (!element.TryGetMember(name, out JsonElement value))
            {
                return false;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.String:
                    string text = value.GetString() ?? string.Empty;
                    return text.Equals("true", StringComparison.OrdinalIgnoreCase)
                        || text.Equals("yes", StringComparison.OrdinalIgnoreCase);
                default:
                    return false;
            }
        }

        /// <summary>Reads an integer sent as a number or a numeric string; otherwise <c>null</c>.</summary>
        public static long? GetInt64(this JsonElement element, string name)
        {
            if (!element.TryGetMember(name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number))
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double real))
            {
                return (long)real;
            }

            if (value.ValueKind == JsonValueKind.String
                && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed))
            {
                return parsed;
            }

            return null;
        }

        /// <summary>
        /// Reads the strings of an array, flattening nested arrays and dropping null and empty entries,
        /// because the API sends an empty service list as <c>[[]]</c>.
        /// </summary>
        public static List<string> GetStringList(this JsonElement element, string name)
        {
            var items = new List<string>();
            if (element.TryGetMember(name, out JsonElement value))
            {
                CollectStrings(value, items);
            }

            return items;
        }

        /// <summary>Returns the object items of an array, or none when the member is absent or not an array.</summary>
        public static IEnumerable<JsonElement> GetObjects(this JsonElement element, string name)
        {
            if (!element.TryGetMember(name, out JsonElement value) || value.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (JsonElement item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return item;
                }
            }
        }

        /// <summary>
        /// Reads a UTC date from an epoch-seconds member, falling back to its readable twin
        /// (<c>2023-10-03T21:42:58.000+0000</c> or <c>2024-03-21T15:18:31.000Z</c>). Zero, empty or absent
        /// values are <c>null</c>, never 1970-01-01.
        /// </summary>
        public static DateTime? GetDate(this JsonElement element, string epochName, string? readableName = null)
        {
            long? epoch = element.GetInt64(epochName);
            if (epoch.HasValue && epoch.Value > 0)
            {
                return FromEpoch(epoch.Value);
            }

            // Some fields documented as epoch numbers may arrive as readable strings instead.
            DateTime? fromEpochMember = ParseReadableDate(element.GetString(epochName));
            if (fromEpochMember.HasValue)
            {
                return fromEpochMember;
            }

            return readableName is null ? null : ParseReadableDate(element.GetString(readableName));
        }

        /// <summary>Parses the API's readable UTC date forms; returns <c>null</c> for anything else.</summary>
        public static DateTime? ParseReadableDate(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string normalized = text!.Trim();

            // .NET expects "+00:00"; the vendor writes "+0000".
            int length = normalized.Length;
            if (length > 5 && (normalized[length - 5] == '+' || normalized[length - 5] == '-')
                && char.IsDigit(normalized[length - 1]) && normalized[length - 3] != ':')
            {
                normalized = normalized.Substring(0, length - 2) + ":" + normalized.Substring(length - 2);
            }

            if (DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset parsed)
                && parsed.UtcDateTime.Year > 1970)
            {
                return parsed.UtcDateTime;
            }

            return null;
        }

        private static DateTime FromEpoch(long value)
        {
            // Epoch values are documented in seconds; a value this large can only be milliseconds.
            return value >= MaxEpochSeconds
                ? DateTimeOffset.FromUnixTimeMilliseconds(value).UtcDateTime
                : DateTimeOffset.FromUnixTimeSeconds(value).UtcDateTime;
        }

        private static string? ToText(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.True:
                    return "true";
                case JsonValueKind.False:
                    return "false";
                default:
                    return null;
            }
        }

        private static void CollectStrings(JsonElement value, List<string> items)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in value.EnumerateArray())
                {
                    CollectStrings(item, items);
                }

                return;
            }

            string? text = ToText(value);
            if (!string.IsNullOrWhiteSpace(text))
            {
                items.Add(text!);
            }
        }
    }
}
