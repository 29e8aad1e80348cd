using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Rejects requests under /_simulator with 403 unless they come from loopback.</summary>
internal sealed class AdminGuardMiddleware
{
    public const string PathPrefix = "/_simulator";

    private readonly RequestDelegate _next;

    public AdminGuardMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(PathPrefix) && !LoopbackGuard.IsAllowed(context.Connection.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return _next(context);
    }
}
