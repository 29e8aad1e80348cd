using System;
using System.Globalization;
using System.Linq;
using SpectrumTicketing.Simulator.Endpoints;

namespace SpectrumTicketing.Simulator.Faults;

/// <summary>
/// Parses a command-line fault written as ROUTE=KIND[:COUNT], for example "POST /tickets=drop" or
/// "GET /tickets=503:2". KIND is a kind name or an HTTP status code, which means the status kind with that code.
/// </summary>
internal static class FaultSpecificationParser
{
    public static FaultRule Parse(string specification)
    {
        var equals = specification.LastIndexOf('=');
        if (equals <= 0 || equals == specification.Length - 1)
        {
            throw new FormatException($"Invalid fault '{specification}'. Write it as ROUTE=KIND[:COUNT], for example \"POST /tickets=503:2\".");
        }

        var route = specification[..equals].Trim();
        var kindAndCount = specification[(equals + 1)..].Trim();
        var count = 1;
        var colon = kindAndCount.IndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(kindAndCount[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1)
            {
                throw new FormatException($"Invalid fault count in '{specification}'. The count must be a whole number of at least 1.");
            }

            kindAndCount = kindAndCount[..colon];
        }

        if (route != "*" && !RouteKeys.All.Contains(route))
        {
            throw new FormatException($"Invalid fault route '{route}'. Use \"*\" or one of: {string.Join(", ", RouteKeys.All)}.");
        }

        if (int.TryParse(kindAndCount, NumberStyles.None, CultureInfo.InvariantCulture, out var statusCode))
        {
            return new FaultRule { Route = route, Kind = FaultKind.Status, StatusCode = statusCode, Remaining = count };
        }

        if (!FaultKindNames.TryParse(kindAndCount, out var kind))
        {
            throw new FormatException($"Invalid fault kind '{kindAndCount}'. Use an HTTP status code or one of: {FaultKindNames.AllNames}.");
        }

        return new FaultRule { Route = route, Kind = kind, Remaining = count };
    }
}
