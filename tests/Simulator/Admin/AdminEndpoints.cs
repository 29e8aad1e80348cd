using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Maps the test-control endpoints under /_simulator; <see cref="AdminGuardMiddleware"/> limits them to loopback.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(AdminGuardMiddleware.PathPrefix);

        admin.MapGet("/counters", (SimulatorState state) => Results.Bytes(state.Counters.ToJson(), "application/json"));
        admin.MapPost("/reset", (SimulatorState state) =>
        {
            state.Counters.Reset();
            state.Faults.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/faults", (HttpContext context, SimulatorState state) => FaultAdmin.AddAsync(context, state));
        admin.MapGet("/faults", (SimulatorState state) => FaultAdmin.List(state));
        admin.MapDelete("/faults", (SimulatorState state) => FaultAdmin.Clear(state));

        admin.MapPost("/tokens/expire", (SimulatorState state) =>
        {
            state.Tokens.ExpireAll();
            return Results.NoContent();
        });

        admin.MapPost("/settings", (HttpContext context, SimulatorState state) => SettingsAdmin.UpdateAsync(context, state));
        admin.MapPost("/organizations", (HttpContext context, SimulatorState state) => OrganizationAdmin.CreateAsync(context, state));
        admin.MapPost("/tickets/{idOrNumber}/close", (SimulatorState state, string idOrNumber) => TicketAdmin.Close(state, idOrNumber));
        admin.MapGet("/tickets/{idOrNumber}/attachments", (SimulatorState state, string idOrNumber) => TicketAdmin.Attachments(state, idOrNumber));
    }
}
