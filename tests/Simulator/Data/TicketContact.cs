namespace SpectrumTicketing.Simulator.Data;

/// <summary>A contact person on a ticket, in the read-back shape (one name field).</summary>
internal sealed record TicketContact(string Name, string Type, string PhoneNumber, string Email);
