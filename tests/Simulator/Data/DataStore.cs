using System;
using System.Collections.Generic;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// All organisations and their records, with indexes across organisations so that a lookup can tell
/// "another organisation's record" (403) from "no such record" (204).
/// Callers hold <see cref="SyncRoot"/> while they read or change anything reachable from the store.
/// </summary>
internal sealed class DataStore
{
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Ticket Ticket, Organization Owner)> _ticketsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Ticket Ticket, Organization Owner)> _ticketsByNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (Circuit Circuit, Organization Owner)> _circuits = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (Site Site, Organization Owner)> _sites = new(StringComparer.OrdinalIgnoreCase);
    private long _nextSequence;

    public object SyncRoot { get; } = new();

    public IEnumerable<Organization> Organizations => _organizations.Values;

    /// <summary>Adds an organisation, or replaces the one with the same client id together with all its records.</summary>
    public void AddOrReplace(Organization organization)
    {
        if (_organizations.TryGetValue(organization.ClientId, out var previous))
        {
            Unindex(previous);
        }

        _organizations[organization.ClientId] = organization;
        foreach (var site in organization.Sites)
        {
            _sites[site.SiteGuid] = (site, organization);
        }

        foreach (var circuit in organization.Circuits)
        {
            _circuits[circuit.CircuitId] = (circuit, organization);
        }

        foreach (var ticket in organization.Tickets)
        {
            IndexTicket(ticket, organization);
        }
    }

    public Organization? FindOrganization(string clientId) =>
        _organizations.TryGetValue(clientId, out var organization) ? organization : null;

    /// <summary>Adds a new ticket to an organisation that is already in the store.</summary>
    public void AddTicket(Organization owner, Ticket ticket)
    {
        owner.Tickets.Add(ticket);
        IndexTicket(ticket, owner);
    }

    public (Ticket Ticket, Organization Owner)? FindTicketById(string id) =>
        _ticketsById.TryGetValue(id, out var entry) ? entry : null;

    /// <summary>Finds a ticket by its id or by its ECT- number.</summary>
    public (Ticket Ticket, Organization Owner)? FindTicket(string idOrNumber)
    {
        if (_ticketsById.TryGetValue(idOrNumber, out var byId))
        {
            return byId;
        }

        return _ticketsByNumber.TryGetValue(idOrNumber, out var byNumber) ? byNumber : null;
    }

    public (Circuit Circuit, Organization Owner)? FindCircuit(string circuitId) =>
        _circuits.TryGetValue(circuitId, out var entry) ? entry : null;

    public (Site Site, Organization Owner)? FindSite(string siteGuid) =>
        _sites.TryGetValue(siteGuid, out var entry) ? entry : null;

    public bool IsTicketIdTaken(string id) => _ticketsById.ContainsKey(id);

    public bool IsTicketNumberTaken(string number) => _ticketsByNumber.ContainsKey(number);

    public bool IsCircuitIdTaken(string circuitId) => _circuits.ContainsKey(circuitId);

    public bool IsSiteGuidTaken(string siteGuid) => _sites.ContainsKey(siteGuid);

    private void IndexTicket(Ticket ticket, Organization owner)
    {
        ticket.Sequence = ++_nextSequence;
        _ticketsById[ticket.Id] = (ticket, owner);
        _ticketsByNumber[ticket.SpectrumTicketNumber] = (ticket, owner);
    }

    private void Unindex(Organization organization)
    {
        foreach (var site in organization.Sites)
        {
            _sites.Remove(site.SiteGuid);
        }

        foreach (var circuit in organization.Circuits)
        {
            _circuits.Remove(circuit.CircuitId);
        }

        foreach (var ticket in organization.Tickets)
        {
            _ticketsById.Remove(ticket.Id);
            _ticketsByNumber.Remove(ticket.SpectrumTicketNumber);
        }
    }
}
