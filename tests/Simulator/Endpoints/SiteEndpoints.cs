using Microsoft.AspNetCore.Http;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>GET /sites: the caller's service locations.</summary>
internal static class SiteEndpoints
{
    public static ApiResult List(HttpContext context, SimulatorState state)
    {
        var caller = BearerTokenFilter.CallerOf(context);
        lock (state.Store.SyncRoot)
        {
            // The vendor documents 204 for an organisation without sites as a data problem on its side.
            if (caller.Sites.Count == 0)
            {
                return ApiResult.Empty(StatusCodes.Status204NoContent);
            }

            return ApiResult.Ok(JsonBody.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("sitesCount", caller.Sites.Count);
                writer.WriteStartArray("sites");
                foreach (var site in caller.Sites)
                {
                    writer.WriteStartObject();
                    writer.WriteString("cxId", caller.CxId);
                    writer.WriteString("addressLine1", site.AddressLine1);
                    writer.WriteString("addressLine2", site.AddressLine2);
                    writer.WriteString("city", site.City);
                    writer.WriteString("state", site.State);
                    writer.WriteString("zipCode", site.ZipCode);
                    writer.WriteString("siteGuid", site.SiteGuid);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
    }
}
