using System.Collections.Generic;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Names of the routes, as used by counters and faults.</summary>
internal static class RouteKeys
{
    public const string Token = "POST /auth/oauth/v2/token";
    public const string ListTickets = "GET /tickets";
    public const string GetTicket = "GET /tickets/{id}";
    public const string CreateTicket = "POST /tickets";
    public const string AddNote = "POST /tickets/{id}/notes";
    public const string AddAttachment = "POST /tickets/{id}/attachments";
    public const string ListSites = "GET /sites";
    public const string ListCircuits = "GET /circuits";
    public const string GetCircuit = "GET /circuits/{id}";

    public static readonly IReadOnlyList<string> All =
        [ListTickets, GetTicket, CreateTicket, AddNote, AddAttachment, ListSites, ListCircuits, GetCircuit, Token];
}
