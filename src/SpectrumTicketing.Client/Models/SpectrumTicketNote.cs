using System;
using System.Globalization;

namespace SpectrumTicketing.Models
{
    /// <summary>Note on a ticket: a customer note, a closure request or a note from Spectrum support.</summary>
    public sealed class SpectrumTicketNote
    {
        /// <summary>When the note was written, in UTC.</summary>
        public DateTime? CreatedDate { get; set; }

        /// <summary>Note type, for example General, Customer-Note or Customer-Closure.</summary>
        public string? NoteType { get; set; }

        /// <summary>Note text as the API returns it (it may contain HTML line breaks).</summary>
        public string? Note { get; set; }

        /// <summary>Formats the note as "yyyy-MM-dd HH:mm:ssZ [type] text".</summary>
        public override string ToString()
        {
            string created = CreatedDate?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "(no date)";
            return $"{created} [{NoteType}] {Note}";
        }
    }
}
