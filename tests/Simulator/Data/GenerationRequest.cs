namespace SpectrumTicketing.Simulator.Data;

/// <summary>How many records of each kind to generate for one organisation.</summary>
/// <param name="TicketCount">Tickets inside the 12-month history window.</param>
/// <param name="SiteCount">Sites, at least one.</param>
/// <param name="CircuitCount">Circuits, spread over the sites.</param>
/// <param name="ClosedCount">How many of the tickets are closed; null lets the generator choose about half.</param>
/// <param name="OlderTicketCount">Extra closed tickets created 13 to 20 months ago, which GET /tickets must not list.</param>
internal sealed record GenerationRequest(int TicketCount, int SiteCount, int CircuitCount, int? ClosedCount, int OlderTicketCount);
