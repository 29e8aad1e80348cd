using System;
using System.Globalization;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>Every user-facing sentence of the cmdlets, so wording stays consistent.</summary>
    internal static class ModuleMessages
    {
        public const string ClientIdVariable = "SPECTRUM_CLIENT_ID";
        public const string ClientSecretVariable = "SPECTRUM_CLIENT_SECRET";

        public const string NotConnected =
            "Not connected to the Spectrum ticketing API. Run Connect-SpectrumTicketing first, or pass -Connection.";

        public static string ConnectionClosed(SpectrumConnection connection) =>
            $"The connection '{connection}' was closed by Disconnect-SpectrumTicketing. Run Connect-SpectrumTicketing again.";

        public static string MissingCredential =>
            $"No credentials were given. Pass -Credential (user name = client id, password = client secret), " +
            $"-ClientId with -ClientSecret, or set the {ClientIdVariable} and {ClientSecretVariable} environment variables.";

        public static string MissingCredentialVariable(string variable) =>
            $"The environment variable {variable} is empty or not set. Set both {ClientIdVariable} and {ClientSecretVariable}, " +
            $"or pass -Credential.";

        public static string EmptyClientId =>
            "The client id is empty. Give the client id issued by Spectrum as the user name of -Credential or as -ClientId.";

        public static string EmptyClientSecret =>
            "The client secret is empty. Give the secret issued by Spectrum as the password of -Credential or as -ClientSecret.";

        public static string Connected(SpectrumConnection connection) =>
            string.Format(CultureInfo.InvariantCulture,
                "Connected to {0} as client id '{1}'; the access token expires at {2:u}.",
                connection.BaseUri, connection.ClientId, connection.TokenExpiresOn);

        public static string Disconnected(SpectrumConnection connection) =>
            $"Disconnected '{connection}' and discarded its access token.";

        public const string NothingToDisconnect = "There is no current connection to disconnect.";

        public static string InvalidDateRange(string afterName, DateTime after, string beforeName, DateTime before) =>
            string.Format(CultureInfo.InvariantCulture,
                "-{0} '{1:u}' is later than -{2} '{3:u}'. Swap the values or widen the range.",
                afterName, after.ToUniversalTime(), beforeName, before.ToUniversalTime());

        public static string BeforeHistory(string parameter, DateTime value, DateTime historyStart) =>
            string.Format(CultureInfo.InvariantCulture,
                "-{0} '{1:yyyy-MM-dd}' is more than 12 months ago. The API keeps 12 months of ticket history, so nothing before {2:yyyy-MM-dd} is returned.",
                parameter, value, historyStart);

        public static string InvalidTicketIdentity(string? value) =>
            $"'{value}' is not a ticket id or number. Give the ticket id (letters and digits) or the Spectrum number such as ECT-12345678.";

        public const string MissingSubmitter =
            "No submitter id was given. Pass -SubmitterId (an email address), or connect with Connect-SpectrumTicketing -SubmitterId.";

        public static string SubmitterTooLong(int length) =>
            $"The submitter id is {length} characters long; the maximum is 254. Give a shorter id.";

        public static string TicketNumberResolved(string number, string id) =>
            $"Ticket number '{number}' has ticket id '{id}'.";

        public static string EmptyNote(string parameter) =>
            $"-{parameter} is empty. Give the text to send.";

        public static string NoteTooLong(string parameter, int length) =>
            $"-{parameter} is {length:N0} characters long; the API accepts at most 10,000. Shorten it or attach the text as a .txt file.";

        public static string TicketNotEditable(string ticket, string? transactionId) =>
            $"Ticket '{ticket}' is closed or resolved and no longer takes notes or attachments (the API says: Ticket is not in editable state). " +
            $"Contact Spectrum support by phone or email to update it. (transaction {transactionId})";

        public static string AttachmentNotFound(string path) =>
            $"File '{path}' was not found. Check the path; -Path takes wildcards, -LiteralPath takes the name as written.";

        public static string AttachmentIsFolder(string path) =>
            $"'{path}' is a folder. Give a file, or pipe the files from Get-ChildItem -File.";

        public static string AttachmentNotFileSystem(string path) =>
            $"'{path}' is not a file-system path. Give a path to a file on disk.";

        public static string AttachmentTooLarge(string path, long length, long limit) =>
            $"File '{path}' is {length:N0} bytes; the API accepts at most {limit:N0} bytes (1 MB). Compress it into a .zip or split it.";

        public static string AttachmentTypeNotAllowed(string path, string allowed) =>
            $"File '{path}' has a type the API does not accept. Allowed types: {allowed}. Convert the file or put it in a .zip.";

        public static string InvalidTicketRequest(string errors) =>
            $"The ticket was not sent because it breaks the API's rules: {errors}";

        public static string GeneratedCustomerTicketId(string id) =>
            $"No -CustomerTicketId was given; using '{id}', which also lets a lost response be checked without creating a duplicate.";
    }
}
