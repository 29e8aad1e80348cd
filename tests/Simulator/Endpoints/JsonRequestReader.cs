using System;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// Parses a JSON request body and turns syntax errors into the vendor's Spring/Jackson error body:
/// 400 {"error": "Bad Request", "message": "JSON parse error: ..."}.
/// </summary>
internal static class JsonRequestReader
{
    public static bool TryParse(byte[] body, out JsonDocument? document, out ApiResult? error)
    {
        document = null;
        error = null;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            error = ParseError(DescribeSyntaxError(body, exception));
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            error = ParseError($"Cannot deserialize value of type `java.lang.Object` from {KindName(document.RootElement.ValueKind)} value");
            document.Dispose();
            document = null;
            return false;
        }

        return true;
    }

    /// <summary>Returns the parse error response with <paramref name="detail"/> after "JSON parse error: ".</summary>
    public static ApiResult ParseError(string detail) => ApiResult.Json(StatusCodes.Status400BadRequest, JsonBody.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error", "Bad Request");
        writer.WriteString("message", "JSON parse error: " + detail);
        writer.WriteEndObject();
    }));

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "Object",
        JsonValueKind.Array => "Array",
        JsonValueKind.String => "String",
        JsonValueKind.Number => "Integer",
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        _ => "Null",
    };

    // Jackson counts lines and columns from 1; System.Text.Json reports them from 0.
    private static string DescribeSyntaxError(byte[] body, JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var column = (exception.BytePositionInLine ?? 0) + 1;
        var location = $"\n at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: {line}, column: {column}]";
        var offending = ByteAt(body, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        if (offending is null)
        {
            var end = "Unexpected end-of-input: expected close marker for Object";
            return $"{end}; nested exception is com.fasterxml.jackson.core.io.JsonEOFException: {end}{location}";
        }

        var character = (char)offending.Value;
        var problem = $"Unexpected character ('{character}' (code {offending.Value})): expected a value";
        return $"{problem}; nested exception is com.fasterxml.jackson.core.JsonParseException: {problem}{location}";
    }

    private static byte? ByteAt(byte[] body, long lineIndex, long positionInLine)
    {
        var offset = 0;
        for (var line = 0L; line < lineIndex; line++)
        {
            var newline = Array.IndexOf(body, (byte)'\n', offset);
            if (newline < 0)
            {
                return null;
            }

            offset = newline + 1;
        }

        var index = offset + positionInLine;
        return index < body.Length ? body[index] : null;
    }

    /// <summary>Reads the whole request body; the API's JSON bodies are small.</summary>
    public static async System.Threading.Tasks.Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new System.IO.MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }
}
