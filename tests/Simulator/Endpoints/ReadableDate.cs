using System;
using System.Globalization;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// Formats epoch seconds as the readable dates the API sends. List records use the "+0000" form and
/// single-ticket records the "Z" form, as in the vendor's examples. Zero (not set) becomes an empty string.
/// </summary>
internal static class ReadableDate
{
    public static string Format(long epochSeconds, bool zuluSuffix)
    {
        if (epochSeconds == 0)
        {
            return "";
        }

        var text = DateTimeOffset.FromUnixTimeSeconds(epochSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return text + (zuluSuffix ? "Z" : "+0000");
    }
}
