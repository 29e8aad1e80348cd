using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SpectrumTicketing.Simulator.Hosting;
using SpectrumTicketing.Simulator.Endpoints;

namespace SpectrumTicketing.Simulator.Faults;

/// <summary>
/// Counts each request to a known route and applies the run's latency and the next queued fault for the route.
/// Faults that act before processing respond here; the others are left for <see cref="ApiResult"/> to apply.
/// </summary>
internal sealed class FaultMiddleware
{
    private readonly RequestDelegate _next;
    private readonly SimulatorState _state;

    public FaultMiddleware(RequestDelegate next, SimulatorState state)
    {
        _next = next;
        _state = state;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var routeKey = context.GetEndpoint()?.Metadata.GetMetadata<RouteKeyMetadata>()?.Key;
        if (routeKey is null)
        {
            await _next(context);
            return;
        }

        _state.Counters.CountRequest(routeKey);
        if (_state.LatencyMilliseconds > 0)
        {
            await Task.Delay(_state.LatencyMilliseconds, context.RequestAborted);
        }

        var fault = _state.Faults.TryTake(routeKey);
        switch (fault?.Kind)
        {
            case FaultKind.Status:
                await WriteStatusAsync(context, fault);
                return;
            case FaultKind.Html:
                await WriteHtmlAsync(context, fault);
                return;
            case FaultKind.Latency:
                await Task.Delay(fault.DelayMilliseconds, context.RequestAborted);
                break;
            case not null:
                ActiveFault.Set(context, fault);
                break;
        }

        await _next(context);
    }

    private static async Task WriteStatusAsync(HttpContext context, FaultRule fault)
    {
        var status = fault.StatusCode ?? StatusCodes.Status503ServiceUnavailable;
        context.Response.StatusCode = status;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        var body = JsonBody.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", status);
            writer.WriteString("error", ReasonPhrases.GetReasonPhrase(status));
            writer.WriteString("message", "Fault injected by the simulator");
            writer.WriteEndObject();
        });
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static async Task WriteHtmlAsync(HttpContext context, FaultRule fault)
    {
        var status = fault.StatusCode ?? StatusCodes.Status502BadGateway;
        var reason = ReasonPhrases.GetReasonPhrase(status);
        context.Response.StatusCode = status;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var html = $"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1><p>The gateway could not reach the service.</p></body></html>";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted);
    }
}
