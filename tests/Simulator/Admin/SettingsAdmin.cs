using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Endpoints;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>
/// POST /_simulator/settings: {"tokenLifetimeSeconds": n, "now": "2026-06-01T12:00:00Z" or null}.
/// A field that is left out keeps its value; "now": null lets the clock follow real time again.
/// </summary>
internal static class SettingsAdmin
{
    public static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException exception)
        {
            return ApiResult.BadRequest("Invalid JSON in the request body: " + exception.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ApiResult.BadRequest("The request body must be a JSON object.");
            }

            int? lifetime = null;
            if (root.TryGetProperty("tokenLifetimeSeconds", out var lifetimeElement))
            {
                if (lifetimeElement.ValueKind != JsonValueKind.Number || !lifetimeElement.TryGetInt32(out var seconds) || seconds < 1)
                {
                    return ApiResult.BadRequest($"Invalid tokenLifetimeSeconds {lifetimeElement.GetRawText()}. Use a whole number of seconds of at least 1.");
                }

                lifetime = seconds;
            }

            var hasNow = root.TryGetProperty("now", out var nowElement);
            DateTimeOffset? now = null;
            if (hasNow && nowElement.ValueKind != JsonValueKind.Null)
            {
                if (nowElement.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(nowElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return ApiResult.BadRequest($"Invalid now {nowElement.GetRawText()}. Use an ISO 8601 time such as \"2026-06-01T12:00:00Z\", or null for the real clock.");
                }

                now = parsed.ToUniversalTime();
            }

            if (lifetime is not null)
            {
                state.TokenLifetimeSeconds = lifetime.Value;
            }

            if (hasNow)
            {
                state.Clock.Set(now);
            }
        }

        return Results.Json(
            new { tokenLifetimeSeconds = state.TokenLifetimeSeconds, now = state.Clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) },
            AdminJson.Options);
    }
}
