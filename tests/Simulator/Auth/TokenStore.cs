using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace SpectrumTicketing.Simulator.Auth;

/// <summary>
/// Access tokens issued by the token endpoint. Expiry uses real UTC time, not the simulator clock, because
/// clients time their tokens with their own clocks.
/// </summary>
internal sealed class TokenStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public TokenStore(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Issues a random opaque token for the client that expires after <paramref name="lifetimeSeconds"/>.</summary>
    public string Issue(string clientId, int lifetimeSeconds)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (_gate)
        {
            _tokens[token] = new IssuedToken(clientId, _time.GetUtcNow().AddSeconds(lifetimeSeconds));
        }

        return token;
    }

    public TokenCheck Check(string token, out string clientId)
    {
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var issued))
            {
                clientId = "";
                return TokenCheck.Unknown;
            }

            clientId = issued.ClientId;
            return _time.GetUtcNow() >= issued.ExpiresAt ? TokenCheck.Expired : TokenCheck.Valid;
        }
    }

    /// <summary>Expires every token issued so far.</summary>
    public void ExpireAll()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var token in new List<string>(_tokens.Keys))
            {
                _tokens[token] = _tokens[token] with { ExpiresAt = now };
            }
        }
    }

    private sealed record IssuedToken(string ClientId, DateTimeOffset ExpiresAt);
}
