namespace SpectrumTicketing.Requests
{
    /// <summary>Action of a note added to a ticket.</summary>
    public enum NoteAction
    {
        /// <summary>A note for support ("Customer-Note").</summary>
        CustomerNote,

        /// <summary>A request that support close the ticket ("Customer-Closure"); the API cannot close it itself.</summary>
        CustomerClosure,
    }
}
