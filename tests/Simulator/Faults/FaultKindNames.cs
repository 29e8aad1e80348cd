using System;
using System.Collections.Generic;
using System.Linq;

namespace SpectrumTicketing.Simulator.Faults;

/// <summary>The names fault kinds have on the command line and in the admin API.</summary>
internal static class FaultKindNames
{
    private static readonly Dictionary<string, FaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = FaultKind.Status,
        ["drop"] = FaultKind.Drop,
        ["html"] = FaultKind.Html,
        ["truncated"] = FaultKind.Truncated,
        ["slowBody"] = FaultKind.SlowBody,
        ["latency"] = FaultKind.Latency,
        ["expireToken"] = FaultKind.ExpireToken,
    };

    public static string AllNames => string.Join(", ", Kinds.Keys);

    public static bool TryParse(string name, out FaultKind kind) => Kinds.TryGetValue(name, out kind);

    public static string NameOf(FaultKind kind) => Kinds.First(pair => pair.Value == kind).Key;
}
