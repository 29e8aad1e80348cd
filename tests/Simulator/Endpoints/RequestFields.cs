using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// Reads typed fields from a JSON request object the way Jackson binds them: a missing field or null is null,
/// and a value of the wrong type records a JSON parse error (only the first one is kept).
/// </summary>
internal sealed class RequestFields
{
    private readonly JsonElement _element;

    public RequestFields(JsonElement element)
    {
        _element = element;
    }

    /// <summary>The first type error, in the words of Jackson; null when every field read so far had a valid type.</summary>
    public string? TypeError { get; private set; }

    public string? String(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => Fail<string>($"Cannot deserialize value of type `java.lang.String` from {JsonRequestReader.KindName(value.ValueKind)} value (field '{name}')"),
        };
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when string.Equals(value.GetString(), "true", StringComparison.Ordinal):
                return true;
            case JsonValueKind.String when string.Equals(value.GetString(), "false", StringComparison.Ordinal):
                return false;
            case JsonValueKind.String:
                TypeError ??= $"Cannot deserialize value of type `java.lang.Boolean` from String \"{value.GetString()}\": only \"true\" or \"false\" recognized (field '{name}')";
                return null;
            default:
                TypeError ??= $"Cannot deserialize value of type `java.lang.Boolean` from {JsonRequestReader.KindName(value.ValueKind)} value (field '{name}')";
                return null;
        }
    }

    public List<string>? StringList(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail<List<string>>($"Cannot deserialize value of type `java.util.ArrayList<java.lang.String>` from {JsonRequestReader.KindName(value.ValueKind)} value (field '{name}')");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return Fail<List<string>>($"Cannot deserialize value of type `java.lang.String` from {JsonRequestReader.KindName(item.ValueKind)} value (field '{name}')");
            }

            items.Add(item.GetString()!);
        }

        return items;
    }

    public List<RequestFields>? ObjectList(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail<List<RequestFields>>($"Cannot deserialize value of type `java.util.ArrayList` from {JsonRequestReader.KindName(value.ValueKind)} value (field '{name}')");
        }

        var items = new List<RequestFields>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return Fail<List<RequestFields>>($"Cannot deserialize value of type `Contact` from {JsonRequestReader.KindName(item.ValueKind)} value (field '{name}')");
            }

            var fields = new RequestFields(item);
            items.Add(fields);
        }

        return items;
    }

    /// <summary>Copies a nested reader's type error into this one.</summary>
    public void Absorb(RequestFields nested)
    {
        TypeError ??= nested.TypeError;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        return false;
    }

    private T? Fail<T>(string message)
        where T : class
    {
        TypeError ??= message;
        return null;
    }
}
