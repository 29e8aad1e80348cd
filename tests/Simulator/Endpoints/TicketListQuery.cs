using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Data;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// The query parameters of GET /tickets. Names match without regard to case, and invalid values produce the
/// messages of the vendor's Spring service.
/// </summary>
internal sealed class TicketListQuery
{
    public const int PageSize = 25;

    /// <summary>The date filters in the order the response echoes them.</summary>
    public static readonly IReadOnlyList<string> DateParameterNames =
    [
        "openDateStart", "openDateEnd", "updateDateStart", "updateDateEnd",
        "resolvedDateStart", "resolvedDateEnd", "closedDateStart", "closedDateEnd",
    ];

    public string? Status { get; private set; }

    /// <summary>The date filters that were given, as epoch seconds by parameter name.</summary>
    public Dictionary<string, long> DateFilters { get; } = new(StringComparer.Ordinal);

    public bool Paginate { get; private set; } = true;

    public int PageNumber { get; private set; } = 1;

    /// <summary>The filters as given (status and dates), for the next and previous page URLs.</summary>
    public List<KeyValuePair<string, string>> FilterParameters { get; } = [];

    public static TicketListQuery Parse(IQueryCollection query, out string? error)
    {
        var result = new TicketListQuery();
        error = null;

        var status = Value(query, "status");
        if (status is not null)
        {
            if (string.Equals(status, TicketStatus.InProgress, StringComparison.OrdinalIgnoreCase))
            {
                result.Status = TicketStatus.InProgress;
            }
            else if (string.Equals(status, TicketStatus.Closed, StringComparison.OrdinalIgnoreCase))
            {
                result.Status = TicketStatus.Closed;
            }
            else
            {
                error = $"Method parameter 'status': Invalid value [{status}]; expected one of [In Progress, Closed]";
                return result;
            }

            result.FilterParameters.Add(new("status", status));
        }

        foreach (var name in DateParameterNames)
        {
            var text = Value(query, name);
            if (text is null)
            {
                continue;
            }

            if (!TryParseDate(text, out var epochSeconds))
            {
                error = $"Method parameter '{name}': Failed to convert value of type 'java.lang.String' to required type 'java.util.Date'; "
                    + $"Failed to parse date [{text}]: expected format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";
                return result;
            }

            result.DateFilters[name] = epochSeconds;
            result.FilterParameters.Add(new(name, text));
        }

        var paginate = Value(query, "paginate");
        if (paginate is not null)
        {
            if (string.Equals(paginate, "true", StringComparison.OrdinalIgnoreCase))
            {
                result.Paginate = true;
            }
            else if (string.Equals(paginate, "false", StringComparison.OrdinalIgnoreCase))
            {
                result.Paginate = false;
            }
            else
            {
                error = "Method parameter 'paginate': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; "
                    + $"Invalid boolean value [{paginate}]";
                return result;
            }
        }

        var page = Value(query, "returnPageNumber");
        if (page is not null)
        {
            if (!int.TryParse(page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pageNumber))
            {
                error = "Method parameter 'returnPageNumber': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; "
                    + $"For input string: \"{page}\"";
                return result;
            }

            if (pageNumber < 1)
            {
                error = $"Method parameter 'returnPageNumber': must be greater than or equal to 1, but was [{pageNumber}]";
                return result;
            }

            result.PageNumber = pageNumber;
        }

        return result;
    }

    /// <summary>Returns true when the ticket passes the status and date filters.</summary>
    public bool Matches(Ticket ticket)
    {
        if (Status is not null && ticket.Status != Status)
        {
            return false;
        }

        return InRange(ticket.DateCreated, "openDateStart", "openDateEnd")
            && InRange(ticket.DateUpdated, "updateDateStart", "updateDateEnd")
            && InRange(ticket.DateResolved, "resolvedDateStart", "resolvedDateEnd")
            && InRange(ticket.DateClosed, "closedDateStart", "closedDateEnd");
    }

    private bool InRange(long epochSeconds, string startName, string endName)
    {
        var hasStart = DateFilters.TryGetValue(startName, out var start);
        var hasEnd = DateFilters.TryGetValue(endName, out var end);
        if (!hasStart && !hasEnd)
        {
            return true;
        }

        // A ticket without this date (0) never falls inside a range on it.
        if (epochSeconds == 0)
        {
            return false;
        }

        return (!hasStart || epochSeconds >= start) && (!hasEnd || epochSeconds <= end);
    }

    // Spring treats an empty parameter as absent.
    private static string? Value(IQueryCollection query, string name)
    {
        var value = query[name].ToString();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool TryParseDate(string text, out long epochSeconds)
    {
        epochSeconds = 0;
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        epochSeconds = new DateTimeOffset(parsed, TimeSpan.Zero).ToUnixTimeSeconds();
        return true;
    }
}
