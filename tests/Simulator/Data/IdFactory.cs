using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// Creates record ids in the vendor's formats from a seeded random source, skipping ids already in the store.
/// Callers hold the store's lock.
/// </summary>
internal sealed class IdFactory
{
    private const string UpperAlphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static readonly string[] CircuitPrefixes = ["22", "51", "71", "81", "94"];
    private static readonly string[] CircuitSuffixes = ["CHTR", "TWCC"];

    private readonly Random _random;
    private readonly DataStore _store;

    // Ids handed out but possibly not yet in the store, such as those of an organisation still being generated.
    private readonly HashSet<string> _issued = new(StringComparer.OrdinalIgnoreCase);

    public IdFactory(Random random, DataStore store)
    {
        _random = random;
        _store = store;
    }

    /// <summary>Returns a new 30-character ticket id such as RSGADG2LITIC5ASBZCZMSAYTNXPKZI.</summary>
    public string NewTicketId()
    {
        string id;
        do
        {
            id = "RSG" + RandomText(UpperAlphanumerics, 27);
        }
        while (_store.IsTicketIdTaken(id) || !_issued.Add(id));

        return id;
    }

    /// <summary>Returns a new ticket number: ECT- and eight digits.</summary>
    public string NewTicketNumber()
    {
        string number;
        do
        {
            number = "ECT-" + _random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        }
        while (_store.IsTicketNumberTaken(number) || !_issued.Add(number));

        return number;
    }

    public string NewSiteGuid()
    {
        string guid;
        do
        {
            guid = "CSG" + RandomText(UpperAlphanumerics, 27);
        }
        while (_store.IsSiteGuidTaken(guid) || !_issued.Add(guid));

        return guid;
    }

    /// <summary>Returns a new circuit id such as 81.L1XX.011988..CHTR.</summary>
    public string NewCircuitId()
    {
        string circuitId;
        do
        {
            var prefix = CircuitPrefixes[_random.Next(CircuitPrefixes.Length)];
            var suffix = CircuitSuffixes[_random.Next(CircuitSuffixes.Length)];
            var serial = _random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            circuitId = $"{prefix}.L{_random.Next(1, 10)}XX.{serial}..{suffix}";
        }
        while (_store.IsCircuitIdTaken(circuitId) || !_issued.Add(circuitId));

        return circuitId;
    }

    /// <summary>Returns 32 upper-case hex digits, the shape of a siteAddress.id.</summary>
    public string NewAddressId() => RandomText("0123456789ABCDEF", 32);

    /// <summary>Returns an upper-case GUID, the shape of a cxId.</summary>
    public string NewCxId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }

    private string RandomText(string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
