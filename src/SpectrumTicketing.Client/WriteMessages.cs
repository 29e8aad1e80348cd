using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;

namespace SpectrumTicketing
{
    /// <summary>User-facing sentences of the write side and its duplicate check.</summary>
    internal static class WriteMessages
    {
        public static string CreateResponseLost(string customerTicketId, SpectrumApiException exception) =>
            $"Creating ticket '{customerTicketId}' failed in a way that may still have created it ({FailureText.Describe(exception)}, " +
            $"transaction {exception.TransactionId}). Checking whether the ticket exists before sending the request again.";

        public static string CreateRecovered(string customerTicketId, SpectrumTicket ticket) =>
            $"Ticket {ticket.SpectrumTicketNumber} ({ticket.TicketId}) with customer ticket id '{customerTicketId}' was created by the failed request, " +
            "so the request was not sent again.";

        public static string CreateNotFoundRetrying(string customerTicketId) =>
            $"No ticket with customer ticket id '{customerTicketId}' exists; sending the request again.";

        public static string CreateOutcomeUnknown(string customerTicketId, SpectrumApiException original, SpectrumApiException lookupFailure) =>
            $"Creating ticket '{customerTicketId}' may or may not have succeeded: {FailureText.Describe(original)} (transaction {original.TransactionId}), " +
            $"and the check for the ticket failed too ({lookupFailure.Message}). It was not sent again. " +
            $"Look for customer ticket id '{customerTicketId}' with Get-SpectrumTicket before trying again.";

        public static string NoteResponseLost(string ticketId, SpectrumApiException exception) =>
            $"Adding a note to ticket '{ticketId}' failed in a way that may still have added it ({FailureText.Describe(exception)}, " +
            $"transaction {exception.TransactionId}). Checking the ticket's notes before sending it again.";

        public static string NoteRecovered(string ticketId) =>
            $"The note is on ticket '{ticketId}': the failed request added it, so it was not sent again.";

        public static string NoteNotFoundRetrying(string ticketId) =>
            $"The note is not on ticket '{ticketId}'; sending it again.";

        public static string NoteOutcomeUnknown(string ticketId, SpectrumApiException original, SpectrumApiException lookupFailure) =>
            $"Adding the note to ticket '{ticketId}' may or may not have succeeded: {FailureText.Describe(original)} (transaction {original.TransactionId}), " +
            $"and reading the ticket failed too ({lookupFailure.Message}). It was not sent again. " +
            $"Check the notes with Get-SpectrumTicket -Id '{ticketId}' before trying again.";

        public static string AttachmentOutcomeUnknown(string fileName, string ticketId, SpectrumApiException exception) =>
            $"Attaching '{fileName}' to ticket '{ticketId}' may or may not have succeeded: {FailureText.Describe(exception)} " +
            $"(transaction {exception.TransactionId}). " +
            "The API cannot list attachments, so the upload was not repeated. Ask Spectrum support whether the file arrived before sending it again.";
    }
}
