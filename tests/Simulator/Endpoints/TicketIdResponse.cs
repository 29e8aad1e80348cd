namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>The 200 body of the note and attachment endpoints: {"ticketId": id}.</summary>
internal static class TicketIdResponse
{
    public static ApiResult For(string ticketId) => ApiResult.Ok(JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("ticketId", ticketId);
        writer.WriteEndObject();
    }));
}
