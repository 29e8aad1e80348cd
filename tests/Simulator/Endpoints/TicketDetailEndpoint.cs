using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>GET /tickets/{id}: one ticket by id or ECT- number, with its notes.</summary>
internal static class TicketDetailEndpoint
{
    public static ApiResult Handle(HttpContext context, SimulatorState state, string id)
    {
        var caller = BearerTokenFilter.CallerOf(context);
        lock (state.Store.SyncRoot)
        {
            var found = state.Store.FindTicket(id);
            if (found is null)
            {
                return ApiResult.Empty(StatusCodes.Status204NoContent);
            }

            if (found.Value.Owner != caller)
            {
                return ApiResult.Empty(StatusCodes.Status403Forbidden);
            }

            return ApiResult.Ok(JsonBody.Write(writer => TicketJsonWriter.Write(writer, found.Value.Ticket, withDetails: true)));
        }
    }
}
