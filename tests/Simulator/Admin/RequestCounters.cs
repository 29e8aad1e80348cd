using System;
using System.Collections.Generic;
using System.Linq;
using SpectrumTicketing.Simulator.Endpoints;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Counts of requests per route and of records created, read by tests through GET /_simulator/counters.</summary>
internal sealed class RequestCounters
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ticketsCreated = new(StringComparer.Ordinal);
    private int _notesAdded;
    private int _attachmentsAdded;

    public RequestCounters()
    {
        Reset();
    }

    public void CountRequest(string routeKey)
    {
        lock (_gate)
        {
            _requests[routeKey] = _requests.GetValueOrDefault(routeKey) + 1;
        }
    }

    public void CountTicketCreated(string customerTicketId)
    {
        lock (_gate)
        {
            _ticketsCreated[customerTicketId] = _ticketsCreated.GetValueOrDefault(customerTicketId) + 1;
        }
    }

    public void CountNoteAdded()
    {
        lock (_gate)
        {
            _notesAdded++;
        }
    }

    public void CountAttachmentAdded()
    {
        lock (_gate)
        {
            _attachmentsAdded++;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _requests.Clear();
            foreach (var key in RouteKeys.All)
            {
                _requests[key] = 0;
            }

            _ticketsCreated.Clear();
            _notesAdded = 0;
            _attachmentsAdded = 0;
        }
    }

    public byte[] ToJson()
    {
        lock (_gate)
        {
            return JsonBody.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("tokenRequests", _requests[RouteKeys.Token]);
                writer.WriteStartObject("requests");
                foreach (var key in RouteKeys.All)
                {
                    writer.WriteNumber(key, _requests[key]);
                }

                writer.WriteEndObject();
                writer.WriteStartObject("ticketsCreated");
                foreach (var pair in _ticketsCreated.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteNumber(pair.Key, pair.Value);
                }

                writer.WriteEndObject();
                writer.WriteNumber("notesAdded", _notesAdded);
                writer.WriteNumber("attachmentsAdded", _attachmentsAdded);
                writer.WriteEndObject();
            });
        }
    }
}
