namespace SpectrumTicketing.Simulator.Data;

/// <summary>The two status values the API exposes.</summary>
internal static class TicketStatus
{
    public const string InProgress = "In Progress";

    public const string Closed = "Closed";
}
