using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Endpoints;

namespace SpectrumTicketing.Simulator.Auth;

/// <summary>The API gateway's error bodies, copied field for field from the vendor's document.</summary>
internal static class GatewayResponses
{
    public static ApiResult TokenExpired() => ApiResult.Json(StatusCodes.Status401Unauthorized, JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resultCodeName", "INVALID_TOKEN");
        writer.WriteString("resultCode", "2076");
        writer.WriteString("resultMessage", "Access token expired");
        writer.WriteEndObject();
    }));

    public static ApiResult InvalidTokenHeader() => ApiResult.Json(StatusCodes.Status401Unauthorized, JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error_description", "INVALID_TOKEN_HEADER");
        writer.WriteString("resultCodeName", "INVALID_TOKEN_HEADER");
        writer.WriteString("error", "invalid_token");
        writer.WriteString("resultCode", "2076");
        writer.WriteString("resultMessage", "Invalid JWT Header");
        writer.WriteEndObject();
    }));

    public static ApiResult ResourceAuthorizationError() => ApiResult.Json(StatusCodes.Status403Forbidden, JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resultCodeName", "RESOURCE_AUTHORIZATION_ERROR");
        writer.WriteString("resultCode", "2995");
        writer.WriteString("resultMessage", "Resource Authorization Error");
        writer.WriteString("error", "access_denied");
        writer.WriteString("error_description", "RESOURCE_AUTHORIZATION_ERROR");
        writer.WriteEndObject();
    }));

    public static ApiResult UnauthorizedClient() => ApiResult.Json(StatusCodes.Status400BadRequest, JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resultCode", "2199");
        writer.WriteString("resultCodeName", "TKN_UNAUTHORIZED_CLIENT");
        writer.WriteString("resultMessage", "The authenticated client is not authorized to use this authorization grant type");
        writer.WriteString("error", "unauthorized_client");
        writer.WriteString("error_description", "TKN_UNAUTHORIZED_CLIENT");
        writer.WriteNumber("internalCode", 0);
        writer.WriteEndObject();
    }));

    public static ApiResult TokenIssued(string accessToken, int expiresInSeconds) => ApiResult.Ok(JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resultCode", "200");
        writer.WriteString("resultCodeName", "PROCESSED");
        writer.WriteString("resultMessage", "PROCESSED");
        writer.WriteString("token_type", "bearer");
        writer.WriteString("access_token", accessToken);
        writer.WriteNumber("expires_in", expiresInSeconds);
        writer.WriteEndObject();
    }));
}
