using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Maps the token endpoint and the ticketing API, and rejects unknown paths under /entservices/ as the gateway does.</summary>
internal static class ApiEndpoints
{
    public const string ApiBasePath = "/entservices/ticketing-b2b/v1";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/oauth/v2/token", (HttpContext context, SimulatorState state) => TokenEndpoint.HandleAsync(context, state))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.Token));

        var api = app.MapGroup(ApiBasePath).AddEndpointFilter<BearerTokenFilter>();

        api.MapGet("/tickets", (HttpContext context, SimulatorState state) => TicketListEndpoint.Handle(context, state))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.ListTickets));
        api.MapGet("/tickets/{id}", (HttpContext context, SimulatorState state, string id) => TicketDetailEndpoint.Handle(context, state, id))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.GetTicket));
        api.MapPost("/tickets", (HttpContext context, SimulatorState state) => CreateTicketEndpoint.HandleAsync(context, state))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.CreateTicket));
        api.MapPost("/tickets/{id}/notes", (HttpContext context, SimulatorState state, string id) => NoteEndpoint.HandleAsync(context, state, id))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.AddNote));
        api.MapPost("/tickets/{id}/attachments", (HttpContext context, SimulatorState state, string id) => AttachmentEndpoint.HandleAsync(context, state, id))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.AddAttachment))
            .DisableAntiforgery();
        api.MapGet("/sites", (HttpContext context, SimulatorState state) => SiteEndpoints.List(context, state))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.ListSites));
        api.MapGet("/circuits", (HttpContext context, SimulatorState state) => CircuitEndpoints.List(context, state))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.ListCircuits));
        api.MapGet("/circuits/{id}", (HttpContext context, SimulatorState state, string id) => CircuitEndpoints.Get(context, state, id))
            .WithMetadata(new RouteKeyMetadata(RouteKeys.GetCircuit));

        // The gateway rejects any other path under /entservices/, such as /ticketingb2b/ without the dash.
        app.MapFallback("/entservices/{**rest}", () => GatewayResponses.ResourceAuthorizationError());
    }
}
