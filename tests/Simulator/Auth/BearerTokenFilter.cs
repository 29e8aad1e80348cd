using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Faults;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Auth;

/// <summary>
/// Checks the bearer token on every API call and stores the caller's organisation for the endpoint,
/// as the vendor's gateway scopes each request to the client id in the token.
/// </summary>
internal sealed class BearerTokenFilter : IEndpointFilter
{
    private const string OrganizationItemKey = "SpectrumTicketing.Simulator.Organization";

    private readonly SimulatorState _state;

    public BearerTokenFilter(SimulatorState state)
    {
        _state = state;
    }

    /// <summary>Returns the organisation the filter stored for the current request.</summary>
    public static Organization CallerOf(HttpContext context) => (Organization)context.Items[OrganizationItemKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var httpContext = context.HttpContext;
        var header = httpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return GatewayResponses.InvalidTokenHeader();
        }

        var token = header[scheme.Length..].Trim();
        var check = _state.Tokens.Check(token, out var clientId);
        if (check == TokenCheck.Unknown)
        {
            return GatewayResponses.InvalidTokenHeader();
        }

        if (check == TokenCheck.Expired || ActiveFault.Get(httpContext)?.Kind == FaultKind.ExpireToken)
        {
            return GatewayResponses.TokenExpired();
        }

        Organization? organization;
        lock (_state.Store.SyncRoot)
        {
            organization = _state.Store.FindOrganization(clientId);
        }

        if (organization is null)
        {
            // The organisation was replaced or removed after the token was issued.
            return GatewayResponses.InvalidTokenHeader();
        }

        httpContext.Items[OrganizationItemKey] = organization;
        return await next(context);
    }
}
