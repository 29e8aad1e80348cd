using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>GET /tickets: the caller's tickets of the last 12 months, newest first, in pages of 25.</summary>
internal static class TicketListEndpoint
{
    // The vendor names its production host in page links whatever host the request went to.
    private const string VendorTicketsUrl = "https://apis.spectrum.net/entservices/ticketing-b2b/v1/tickets";

    public static ApiResult Handle(HttpContext context, SimulatorState state)
    {
        var query = TicketListQuery.Parse(context.Request.Query, out var error);
        if (error is not null)
        {
            return ApiResult.BadRequest(error);
        }

        var caller = BearerTokenFilter.CallerOf(context);
        lock (state.Store.SyncRoot)
        {
            var windowStart = state.Clock.HistoryWindowStartSeconds();
            var matching = caller.Tickets
                .Where(t => t.DateCreated >= windowStart && query.Matches(t))
                .OrderByDescending(t => t.DateCreated)
                .ThenByDescending(t => t.Sequence)
                .ToList();
            if (matching.Count == 0)
            {
                return ApiResult.Empty(StatusCodes.Status204NoContent);
            }

            return ApiResult.Ok(WritePage(query, matching));
        }
    }

    private static byte[] WritePage(TicketListQuery query, List<Ticket> matching)
    {
        var total = matching.Count;
        var pageCount = query.Paginate ? (total + TicketListQuery.PageSize - 1) / TicketListQuery.PageSize : 1;
        var pageNumber = query.Paginate ? query.PageNumber : 1;
        var page = query.Paginate
            ? matching.Skip((int)Math.Min(int.MaxValue, (long)(pageNumber - 1) * TicketListQuery.PageSize)).Take(TicketListQuery.PageSize).ToList()
            : matching;

        var previousUrl = query.Paginate && pageNumber > 1 ? PageUrl(query, Math.Min(pageNumber - 1, pageCount)) : "";
        var nextUrl = query.Paginate && pageNumber < pageCount ? PageUrl(query, pageNumber + 1) : "";

        return JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("ticketsCount", total);
            writer.WriteString("resultsRetrieved", $"{page.Count} of {total}");
            writer.WriteString("pageReturned", $"{pageNumber} of {pageCount}");
            writer.WriteString("previousPageURL", previousUrl);
            writer.WriteString("nextPageURL", nextUrl);
            foreach (var name in TicketListQuery.DateParameterNames)
            {
                if (query.DateFilters.TryGetValue(name, out var epochSeconds))
                {
                    writer.WriteNumber(name, epochSeconds);
                }
            }

            writer.WriteStartArray("tickets");
            foreach (var ticket in page)
            {
                TicketJsonWriter.Write(writer, ticket, withDetails: false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static string PageUrl(TicketListQuery query, int pageNumber)
    {
        var url = new StringBuilder(VendorTicketsUrl).Append('?');
        foreach (var parameter in query.FilterParameters)
        {
            url.Append(parameter.Key).Append('=').Append(Uri.EscapeDataString(parameter.Value)).Append('&');
        }

        url.Append("paginate=true&returnPageNumber=").Append(pageNumber.ToString(CultureInfo.InvariantCulture));
        return url.ToString();
    }
}
