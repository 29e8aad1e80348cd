namespace SpectrumTicketing.Simulator.Data;

/// <summary>A note on a ticket; <see cref="DateCreated"/> is in epoch seconds.</summary>
internal sealed record TicketNote(long DateCreated, string NoteType, string Note);
