namespace SpectrumTicketing.Models
{
    /// <summary>Ids of a ticket that New-SpectrumTicket created (or found already created).</summary>
    public sealed class SpectrumTicketReceipt
    {
        /// <summary>Ticket id; notes and attachments need it.</summary>
        public string TicketId { get; set; } = string.Empty;

        /// <summary>Ticket number support staff quote, for example ECT-12345678.</summary>
        public string? SpectrumTicketNumber { get; set; }

        /// <summary>Customer ticket id sent with the request; generated when the caller gave none.</summary>
        public string? CustomerTicketId { get; set; }

        /// <summary>
        /// Whether the create response was lost and the ticket was found afterwards by its customer ticket id.
        /// </summary>
        public bool Recovered { get; set; }

        /// <summary>Returns the Spectrum ticket number, or the id when there is no number.</summary>
        public override string ToString() => SpectrumTicketNumber ?? TicketId;
    }
}
