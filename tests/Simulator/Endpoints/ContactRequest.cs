namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>A contact in the body of POST /tickets.</summary>
internal sealed record ContactRequest(string? Type, string? FirstName, string? LastName, string? PhoneNumber, string? Email);
