using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Endpoints;
using SpectrumTicketing.Simulator.Faults;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>POST, GET and DELETE /_simulator/faults.</summary>
internal static class FaultAdmin
{
    public static async Task<IResult> AddAsync(HttpContext context, SimulatorState state)
    {
        var (request, error) = await AdminJson.ReadAsync<FaultRequest>(context.Request);
        if (request is null)
        {
            return error!;
        }

        var route = request.Route ?? "*";
        if (route != "*" && !RouteKeys.All.Contains(route))
        {
            return ApiResult.BadRequest($"Invalid route '{route}'. Use \"*\" or one of: {string.Join(", ", RouteKeys.All)}.");
        }

        if (request.Kind is null || !FaultKindNames.TryParse(request.Kind, out var kind))
        {
            return ApiResult.BadRequest($"Invalid kind '{request.Kind}'. Use one of: {FaultKindNames.AllNames}.");
        }

        if (request.Count is < 1)
        {
            return ApiResult.BadRequest($"Invalid count {request.Count}. The count must be at least 1.");
        }

        if (request.Status is < 100 or > 599)
        {
            return ApiResult.BadRequest($"Invalid status {request.Status}. Use an HTTP status code from 100 to 599.");
        }

        var rule = new FaultRule
        {
            Route = route,
            Kind = kind,
            StatusCode = request.Status,
            RetryAfterSeconds = request.RetryAfterSeconds,
            DelayMilliseconds = request.DelayMs ?? 500,
            Remaining = request.Count ?? 1,
        };
        state.Faults.Add(rule);
        return Results.Json(Describe(rule), AdminJson.Options);
    }

    public static IResult List(SimulatorState state) =>
        Results.Json(state.Faults.Snapshot().Select(Describe).ToList(), AdminJson.Options);

    public static IResult Clear(SimulatorState state)
    {
        state.Faults.Clear();
        return Results.NoContent();
    }

    private static object Describe(FaultRule rule) => new
    {
        route = rule.Route,
        kind = FaultKindNames.NameOf(rule.Kind),
        status = rule.StatusCode,
        count = rule.Remaining,
        retryAfterSeconds = rule.RetryAfterSeconds,
        delayMs = rule.DelayMilliseconds,
    };
}
