namespace SpectrumTicketing
{
    /// <summary>User-facing sentences about API records (as opposed to transport failures in <see cref="Messages"/>).</summary>
    internal static class ClientMessages
    {
        private const string SupportAddress = "DL-Ent-Spectrum-API-Support@charter.com";

        public static string TicketNotFound(string ticket, string transactionId) =>
            $"Ticket '{ticket}' was not found. Check the ticket id or ECT- number. (transaction {transactionId})";

        public static string CircuitNotFound(string circuitId, string transactionId) =>
            $"Circuit '{circuitId}' was not found. Check the circuit id for typos; Get-SpectrumCircuit lists yours. (transaction {transactionId})";

        public static string NoSites(string transactionId) =>
            $"The API returned no sites (204 No Content), which the vendor describes as a data problem on its side. " +
            $"Email {SupportAddress} with transaction {transactionId}.";

        public static string NoCircuits(string transactionId) =>
            $"The API returned no circuits (204 No Content), which the vendor describes as a data problem on its side. " +
            $"Email {SupportAddress} with transaction {transactionId}.";
    }
}
