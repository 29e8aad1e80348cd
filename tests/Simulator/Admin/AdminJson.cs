using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Endpoints;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Reads admin request bodies, which use camelCase JSON like the API.</summary>
internal static class AdminJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Binds the body to <typeparamref name="T"/>, or returns a 400 result naming the problem.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted);
            return value is null ? (null, ApiResult.BadRequest("The request body must be a JSON object.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, ApiResult.BadRequest("Invalid JSON in the request body: " + exception.Message));
        }
    }
}
