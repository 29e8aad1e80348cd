using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>POST /tickets: validates the body and creates an open ticket with a first customer note.</summary>
internal static class CreateTicketEndpoint
{
    public static async Task<ApiResult> HandleAsync(HttpContext context, SimulatorState state)
    {
        var body = await JsonRequestReader.ReadBodyAsync(context.Request);
        if (!JsonRequestReader.TryParse(body, out var document, out var parseError))
        {
            return parseError!;
        }

        using (document)
        {
            var fields = new RequestFields(document!.RootElement);
            var request = CreateTicketRequest.Bind(fields);
            if (fields.TypeError is not null)
            {
                return JsonRequestReader.ParseError(fields.TypeError);
            }

            var caller = BearerTokenFilter.CallerOf(context);
            Ticket ticket;
            lock (state.Store.SyncRoot)
            {
                var error = CreateTicketValidator.Validate(request, caller, state.Store, out var site, out var circuits);
                if (error is not null)
                {
                    return ApiResult.BadRequest(error);
                }

                ticket = BuildTicket(request, site!, circuits, state);
                state.Store.AddTicket(caller, ticket);
            }

            state.Counters.CountTicketCreated(request.CustomerTicketId ?? "");
            return ApiResult.Ok(JsonBody.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("ticketId", ticket.Id);
                writer.WriteString("spectrumTicketNumber", ticket.SpectrumTicketNumber);
                writer.WriteEndObject();
            }));
        }
    }

    private static Ticket BuildTicket(CreateTicketRequest request, Site site, System.Collections.Generic.List<Circuit> circuits, SimulatorState state)
    {
        var now = state.Clock.UtcNowSeconds;
        var services = circuits.Select(c => c.ServiceName).Distinct().ToList();
        var circuitIds = circuits.Select(c => c.CircuitId).ToList();
        var contacts = request.Contacts!
            .Select(c => new TicketContact($"{c.FirstName} {c.LastName}".ToUpperInvariant(), c.Type!.ToUpperInvariant(), c.PhoneNumber!, c.Email!))
            .ToList();

        return new Ticket
        {
            Id = state.RuntimeIds.NewTicketId(),
            SpectrumTicketNumber = state.RuntimeIds.NewTicketNumber(),
            CustomerTicketNumber = request.CustomerTicketId ?? "",
            Status = TicketStatus.InProgress,
            TicketReportSource = request.Alarm == true ? "B2B-Alarm" : "B2B-API",
            BusinessImpact = request.BusinessImpact!,
            ImpactedServicesJson = JsonSerializer.Serialize(services),
            ImpactedCircuits = circuitIds,
            SiteGuid = site.SiteGuid,
            SiteAddress = SiteAddress.FromSite(site),
            SiteContacts = contacts.Select(c => c.Name).ToList(),
            Contacts = contacts,
            TicketSubType = "ticket",
            DateCreated = now,
            DateUpdated = now,
            Notes = [new TicketNote(now, "Customer-Note", CustomerNoteText.Build(request, circuitIds, site.SiteGuid, services))],
        };
    }
}
