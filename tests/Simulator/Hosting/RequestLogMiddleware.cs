using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>
/// Writes one line per request: method, path, status and elapsed milliseconds. The query string and bodies are
/// never written, so client secrets and tokens stay out of the log. Lines wait until the banner is written.
/// </summary>
internal sealed class RequestLogMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TextWriter _output;
    private readonly Task _bannerWritten;

    public RequestLogMiddleware(RequestDelegate next, TextWriter output, Task bannerWritten)
    {
        _next = next;
        _output = output;
        _bannerWritten = bannerWritten;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await _next(context);
        }
        finally
        {
            var elapsed = stopwatch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture);
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted
                ? "aborted"
                : context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
            var line = $"{context.Request.Method} {context.Request.Path} {status} {elapsed} ms";
            await _bannerWritten;
            lock (_output)
            {
                _output.WriteLine(line);
                _output.Flush();
            }
        }
    }
}
