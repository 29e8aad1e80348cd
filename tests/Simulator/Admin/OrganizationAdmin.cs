using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Endpoints;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>POST /_simulator/organizations: creates or replaces an organisation of generated records.</summary>
internal static class OrganizationAdmin
{
    public static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (request, error) = await AdminJson.ReadAsync<OrganizationRequest>(context.Request);
        if (request is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(request.ClientId) || string.IsNullOrEmpty(request.ClientSecret))
        {
            return ApiResult.BadRequest("Both clientId and clientSecret are required.");
        }

        var ticketCount = request.TicketCount ?? 0;
        var siteCount = request.SiteCount ?? 3;
        var circuitCount = request.CircuitCount ?? 6;
        if (ticketCount < 0 || siteCount < 1 || circuitCount < 0 || request.ClosedCount is < 0)
        {
            return ApiResult.BadRequest("ticketCount, circuitCount and closedCount must not be negative, and siteCount must be at least 1.");
        }

        if (request.ClosedCount > ticketCount)
        {
            return ApiResult.BadRequest($"closedCount ({request.ClosedCount}) cannot be larger than ticketCount ({ticketCount}).");
        }

        Organization organization;
        lock (state.Store.SyncRoot)
        {
            var generation = new GenerationRequest(ticketCount, siteCount, circuitCount, request.ClosedCount, OlderTicketCount: 0);
            organization = OrganizationFactory.Generate(state, request.ClientId, request.ClientSecret, request.Seed ?? 1, generation);
            state.Store.AddOrReplace(organization);
        }

        return Results.Json(new { cxId = organization.CxId, ticketCount }, AdminJson.Options);
    }
}
