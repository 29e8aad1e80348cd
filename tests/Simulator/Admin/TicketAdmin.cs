using System.Linq;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Endpoints;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Admin operations on one ticket of any organisation, found by id or ECT- number.</summary>
internal static class TicketAdmin
{
    public static IResult Close(SimulatorState state, string idOrNumber)
    {
        lock (state.Store.SyncRoot)
        {
            var found = state.Store.FindTicket(idOrNumber);
            if (found is null)
            {
                return Results.NotFound(new { message = $"Ticket '{idOrNumber}' was not found." });
            }

            var ticket = found.Value.Ticket;
            var now = state.Clock.UtcNowSeconds;
            ticket.Status = TicketStatus.Closed;
            ticket.DateResolved = now;
            ticket.DateClosed = now;
            ticket.DateUpdated = now;
            ticket.NeedsClientAttention = false;
            ticket.AssignedAction = "";
            ticket.ResolutionCode = "Automation-Closed-Ticketing System-Ticket";
            ticket.ResolutionMessage = "Automation Closed Ticket at Ticketing System";
            return Results.Json(new { ticketId = ticket.Id, status = ticket.Status }, AdminJson.Options);
        }
    }

    public static IResult Attachments(SimulatorState state, string idOrNumber)
    {
        lock (state.Store.SyncRoot)
        {
            var found = state.Store.FindTicket(idOrNumber);
            if (found is null)
            {
                return Results.NotFound(new { message = $"Ticket '{idOrNumber}' was not found." });
            }

            var attachments = found.Value.Ticket.Attachments
                .Select(a => new { fileName = a.FileName, length = a.Length, contentType = a.ContentType, sha256 = a.Sha256, submitterId = a.SubmitterId })
                .ToList();
            return Results.Json(attachments, AdminJson.Options);
        }
    }
}
