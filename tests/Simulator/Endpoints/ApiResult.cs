using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Faults;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// A response of the API or the token endpoint. It writes the body itself so that the drop, truncated and
/// slowBody faults can act after the request has been processed.
/// </summary>
internal sealed class ApiResult : IResult
{
    private const string JsonContentType = "application/json;charset=UTF-8";

    private ApiResult(int statusCode, byte[]? body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public byte[]? Body { get; }

    public static ApiResult Json(int statusCode, byte[] body) => new(statusCode, body);

    public static ApiResult Ok(byte[] body) => new(StatusCodes.Status200OK, body);

    public static ApiResult BadRequest(string message) => new(StatusCodes.Status400BadRequest, JsonBody.Message(message));

    /// <summary>Returns a response without a body, such as 204 for "not found" or 403 for another organisation's record.</summary>
    public static ApiResult Empty(int statusCode) => new(statusCode, null);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var fault = ActiveFault.Get(httpContext);
        if (fault?.Kind == FaultKind.Drop)
        {
            httpContext.Abort();
            return;
        }

        var response = httpContext.Response;
        var cancellation = httpContext.RequestAborted;
        if (fault?.Kind == FaultKind.Truncated)
        {
            var body = Body ?? [];
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = JsonContentType;
            await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellation);
            return;
        }

        response.StatusCode = StatusCode;
        if (Body is null)
        {
            return;
        }

        response.ContentType = JsonContentType;
        if (fault?.Kind == FaultKind.SlowBody)
        {
            await WriteSlowlyAsync(response, Body, fault.DelayMilliseconds, cancellation);
            return;
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, cancellation);
    }

    private static async Task WriteSlowlyAsync(HttpResponse response, byte[] body, int delayMilliseconds, System.Threading.CancellationToken cancellation)
    {
        const int chunkCount = 10;
        var chunkSize = Math.Max(1, (body.Length + chunkCount - 1) / chunkCount);
        var pause = TimeSpan.FromMilliseconds(Math.Max(0, delayMilliseconds) / (double)chunkCount);
        for (var offset = 0; offset < body.Length; offset += chunkSize)
        {
            var length = Math.Min(chunkSize, body.Length - offset);
            await response.Body.WriteAsync(body.AsMemory(offset, length), cancellation);
            await response.Body.FlushAsync(cancellation);
            await Task.Delay(pause, cancellation);
        }
    }
}
