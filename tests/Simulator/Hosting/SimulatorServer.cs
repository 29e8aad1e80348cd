using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpectrumTicketing.Simulator.Admin;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Endpoints;
using SpectrumTicketing.Simulator.Faults;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>A running simulator: Kestrel on 127.0.0.1 serving the token endpoint, the ticketing API and /_simulator.</summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>Root address of the server, such as http://127.0.0.1:5080/.</summary>
    public Uri BaseUri { get; }

    /// <summary>Address of the ticketing API, ending in a slash.</summary>
    public Uri ApiBaseUri => new(BaseUri, ApiEndpoints.ApiBasePath.TrimStart('/') + "/");

    /// <summary>Address of the token endpoint.</summary>
    public Uri TokenUri => new(BaseUri, "auth/oauth/v2/token");

    /// <summary>
    /// Builds the records, starts Kestrel on 127.0.0.1 at <see cref="SimulatorOptions.Port"/> (0 picks a free port),
    /// and writes the banner to <see cref="SimulatorOptions.Output"/> when one is set.
    /// </summary>
    /// <exception cref="FormatException">A fault specification is invalid.</exception>
    /// <exception cref="DataFileException">The data file cannot be read.</exception>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        var state = new SimulatorState(options);
        foreach (var specification in options.Faults)
        {
            state.Faults.Add(FaultSpecificationParser.Parse(specification));
        }

        lock (state.Store.SyncRoot)
        {
            OrganizationFactory.AddBuiltIn(state, options);
            if (options.DataFile is not null)
            {
                DataFileReader.Load(options.DataFile, state);
            }
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Only loopback: the simulator must never be reachable from another machine.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(state);

        var app = builder.Build();
        var bannerWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (options.Output is not null)
        {
            app.UseMiddleware<RequestLogMiddleware>(options.Output, bannerWritten.Task);
        }

        app.UseMiddleware<AdminGuardMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        ApiEndpoints.Map(app);
        AdminEndpoints.Map(app);

        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        if (options.Output is not null)
        {
            Banner.Write(options.Output, baseUri);
        }

        bannerWritten.SetResult();
        return new SimulatorServer(app, baseUri);
    }

    /// <summary>Completes when the server stops, for example on Ctrl+C.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
