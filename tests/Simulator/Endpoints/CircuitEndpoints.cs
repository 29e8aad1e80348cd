using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>GET /circuits and GET /circuits/{id}.</summary>
internal static class CircuitEndpoints
{
    public static ApiResult List(HttpContext context, SimulatorState state)
    {
        var caller = BearerTokenFilter.CallerOf(context);
        lock (state.Store.SyncRoot)
        {
            if (caller.Circuits.Count == 0)
            {
                return ApiResult.Empty(StatusCodes.Status204NoContent);
            }

            return ApiResult.Ok(JsonBody.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("circuitsCount", caller.Circuits.Count);
                writer.WriteStartArray("circuits");
                foreach (var circuit in caller.Circuits)
                {
                    WriteCircuit(writer, circuit, caller.CxId);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
    }

    public static ApiResult Get(HttpContext context, SimulatorState state, string id)
    {
        var caller = BearerTokenFilter.CallerOf(context);
        lock (state.Store.SyncRoot)
        {
            var found = state.Store.FindCircuit(id);
            if (found is null)
            {
                return ApiResult.Empty(StatusCodes.Status204NoContent);
            }

            if (found.Value.Owner != caller)
            {
                return ApiResult.Empty(StatusCodes.Status403Forbidden);
            }

            return ApiResult.Ok(JsonBody.Write(writer => WriteCircuit(writer, found.Value.Circuit, caller.CxId)));
        }
    }

    private static void WriteCircuit(Utf8JsonWriter writer, Circuit circuit, string cxId)
    {
        writer.WriteStartObject();
        writer.WriteString("circuitId", circuit.CircuitId);
        writer.WriteString("cxId", cxId);
        writer.WriteStartObject("location");
        writer.WriteString("streetAddress1", circuit.StreetAddress1);
        writer.WriteString("streetAddress2", circuit.StreetAddress2);
        writer.WriteString("city", circuit.City);
        writer.WriteString("state", circuit.State);
        writer.WriteString("zip", circuit.Zip);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
