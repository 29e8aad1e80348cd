using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Data;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// Finds the ticket that a note or attachment is added to. Unlike GET, these endpoints take only the ticket id:
/// an ECT- number is "not found". Callers hold the store's lock.
/// </summary>
internal static class EditableTicketLookup
{
    public static Ticket? Find(DataStore store, Organization caller, string id, out ApiResult? error)
    {
        error = null;
        var found = store.FindTicketById(id);
        if (found is null)
        {
            error = ApiResult.BadRequest("Ticket not found");
            return null;
        }

        if (found.Value.Owner != caller)
        {
            error = ApiResult.Empty(StatusCodes.Status403Forbidden);
            return null;
        }

        if (found.Value.Ticket.IsClosed)
        {
            error = ApiResult.BadRequest("Ticket is not in editable state");
            return null;
        }

        return found.Value.Ticket;
    }
}
