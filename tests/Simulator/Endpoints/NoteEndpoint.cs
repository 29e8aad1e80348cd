using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>POST /tickets/{id}/notes: adds a Customer-Note or Customer-Closure note to an open ticket.</summary>
internal static class NoteEndpoint
{
    public const int MaxNoteLength = 10_000;
    public const int MaxSubmitterIdLength = 254;

    public static async Task<ApiResult> HandleAsync(HttpContext context, SimulatorState state, string id)
    {
        var body = await JsonRequestReader.ReadBodyAsync(context.Request);
        if (!JsonRequestReader.TryParse(body, out var document, out var parseError))
        {
            return parseError!;
        }

        string note;
        string action;
        using (document)
        {
            var fields = new RequestFields(document!.RootElement);
            var noteText = fields.String("note");
            var submitterId = fields.String("submitterId");
            var actionText = fields.String("action");
            if (fields.TypeError is not null)
            {
                return JsonRequestReader.ParseError(fields.TypeError);
            }

            var error = Validate(noteText, submitterId, actionText);
            if (error is not null)
            {
                return ApiResult.BadRequest(error);
            }

            note = noteText!;
            action = actionText!;
        }

        var caller = BearerTokenFilter.CallerOf(context);
        Ticket ticket;
        lock (state.Store.SyncRoot)
        {
            var found = EditableTicketLookup.Find(state.Store, caller, id, out var lookupError);
            if (found is null)
            {
                return lookupError!;
            }

            ticket = found;
            var now = state.Clock.UtcNowSeconds;
            ticket.Notes.Add(new TicketNote(now, action, note));
            ticket.DateUpdated = now;

            // A note brings the ticket back to the support team's attention, so it no longer waits on the customer.
            ticket.NeedsClientAttention = false;
        }

        state.Counters.CountNoteAdded();
        return TicketIdResponse.For(ticket.Id);
    }

    private static string? Validate(string? note, string? submitterId, string? action)
    {
        if (action is not ("Customer-Note" or "Customer-Closure"))
        {
            return "Field: 'action' must not be null";
        }

        if (string.IsNullOrEmpty(note))
        {
            return "Field: 'note' must not be null";
        }

        if (note.Length > MaxNoteLength)
        {
            return $"Field: 'note' size must be between 1 and {MaxNoteLength}, but was {note.Length}";
        }

        if (string.IsNullOrEmpty(submitterId))
        {
            return "Field: 'submitterId' must not be null";
        }

        if (submitterId.Length > MaxSubmitterIdLength)
        {
            return $"Field: 'submitterId' size must be between 1 and {MaxSubmitterIdLength}, but was {submitterId.Length}";
        }

        return null;
    }
}
