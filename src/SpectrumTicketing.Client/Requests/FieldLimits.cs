namespace SpectrumTicketing.Requests
{
    /// <summary>
    /// Length and count limits checked before a write is sent. The vendor documents the note, submitter,
    /// circuit and attachment limits. The free-text limits are ours: the vendor states none, and a
    /// value over them is far more likely a mistake than a ticket.
    /// </summary>
    public static class FieldLimits
    {
        /// <summary>Maximum circuits on one ticket (vendor rule).</summary>
        public const int MaxCircuits = 5;

        /// <summary>Maximum characters of a note (vendor rule).</summary>
        public const int MaxNoteLength = 10_000;

        /// <summary>Maximum characters of a submitter id (vendor rule).</summary>
        public const int MaxSubmitterIdLength = 254;

        /// <summary>Maximum characters of other free-text fields.</summary>
        // NOTE: not a documented vendor limit; see the type summary.
        public const int MaxFreeTextLength = 10_000;

        /// <summary>Maximum characters of a short field such as a customer ticket id, name or phone number.</summary>
        // NOTE: not a documented vendor limit; see the type summary.
        public const int MaxShortTextLength = 254;

        /// <summary>
        /// Maximum attachment size in bytes. The vendor documents "1 Mb". Its Spring service's default
        /// upload limit of 1MB is 1,048,576 bytes, and a file of exactly that size is accepted.
        /// </summary>
        public const long MaxAttachmentBytes = 1_048_576;
    }
}
