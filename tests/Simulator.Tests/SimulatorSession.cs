using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Tests;

/// <summary>An HTTP client for one simulator, with helpers for tokens, organisations and admin calls.</summary>
public sealed class SimulatorSession : IAsyncDisposable
{
    public const string FixedNow = "2026-06-01T12:00:00Z";

    private readonly bool _ownsServer;

    private SimulatorSession(SimulatorServer server, bool ownsServer)
    {
        Server = server;
        _ownsServer = ownsServer;
        Http = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatorServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>Starts a server of its own on 127.0.0.1 with a fixed clock.</summary>
    public static async Task<SimulatorSession> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { Port = 0, Now = DateTimeOffset.Parse(FixedNow, System.Globalization.CultureInfo.InvariantCulture) };
        configure?.Invoke(options);
        return new SimulatorSession(await SimulatorServer.StartAsync(options), ownsServer: true);
    }

    public static string ApiPath(string relative) => "entservices/ticketing-b2b/v1/" + relative;

    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string clientSecret)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        return await Http.PostAsync("auth/oauth/v2/token", form);
    }

    public async Task<string> GetTokenAsync(string clientId = "demo-client", string clientSecret = "demo-secret")
    {
        using var response = await RequestTokenAsync(clientId, clientSecret);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates an organisation of generated records and returns a token for it.</summary>
    public async Task<string> CreateOrganizationAsync(int ticketCount, int seed = 7, int? closedCount = null, int siteCount = 3, int circuitCount = 6)
    {
        var clientId = "org-" + Guid.NewGuid().ToString("N");
        var body = new Dictionary<string, object?>
        {
            ["clientId"] = clientId,
            ["clientSecret"] = "secret",
            ["ticketCount"] = ticketCount,
            ["seed"] = seed,
            ["siteCount"] = siteCount,
            ["circuitCount"] = circuitCount,
            ["closedCount"] = closedCount,
        };
        using var response = await Http.PostAsJsonAsync("_simulator/organizations", body);
        response.EnsureSuccessStatusCode();
        return await GetTokenAsync(clientId, "secret");
    }

    public async Task<HttpResponseMessage> GetAsync(string token, string relative)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiPath(relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string token, string relative)
    {
        using var response = await GetAsync(token, relative);
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response);
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string token, string relative, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiPath(relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string token, string relative, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiPath(relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> AdminGetAsync(string path)
    {
        using var response = await Http.GetAsync("_simulator/" + path);
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response);
    }

    public async Task AdminPostAsync(string path, object? body = null)
    {
        using var response = body is null
            ? await Http.PostAsync("_simulator/" + path, null)
            : await Http.PostAsJsonAsync("_simulator/" + path, body);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<string> MessageOf(HttpResponseMessage response) =>
        (await ReadJsonAsync(response)).GetProperty("message").GetString()!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }
    }
}
