using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Builds JSON response bodies with a writer, so field order and shapes follow the vendor exactly.</summary>
internal static class JsonBody
{
    // The vendor's service writes characters such as < and ' unescaped inside strings (see its note texts).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Returns {"message": text}, the shape of the API's 400 responses.</summary>
    public static byte[] Message(string text) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("message", text);
        writer.WriteEndObject();
    });
}
