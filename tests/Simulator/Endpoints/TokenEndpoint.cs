using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// POST /auth/oauth/v2/token: the client credentials grant. The client id and secret come from a Basic
/// Authorization header or, without one, from the form body.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<ApiResult> HandleAsync(HttpContext context, SimulatorState state)
    {
        if (!context.Request.HasFormContentType)
        {
            return GatewayResponses.UnauthorizedClient();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"].ToString() != "client_credentials")
        {
            return GatewayResponses.UnauthorizedClient();
        }

        string clientId;
        string clientSecret;
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            if (!TryReadBasic(authorization, out clientId, out clientSecret))
            {
                return GatewayResponses.UnauthorizedClient();
            }
        }
        else
        {
            clientId = form["client_id"].ToString();
            clientSecret = form["client_secret"].ToString();
        }

        lock (state.Store.SyncRoot)
        {
            var organization = state.Store.FindOrganization(clientId);
            if (organization is null || !FixedTimeEquals(organization.ClientSecret, clientSecret))
            {
                return GatewayResponses.UnauthorizedClient();
            }
        }

        var lifetime = state.TokenLifetimeSeconds;
        var token = state.Tokens.Issue(clientId, lifetime);
        context.Response.Headers.CacheControl = "no-store";
        return GatewayResponses.TokenIssued(token, lifetime);
    }

    private static bool TryReadBasic(string header, out string clientId, out string clientSecret)
    {
        clientId = "";
        clientSecret = "";
        const string scheme = "Basic ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        clientId = decoded[..colon];
        clientSecret = decoded[(colon + 1)..];
        return true;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
