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

        public static string InvalidTicketIdentity(string? value) =>
            $"'{value}' is not a ticket id or number. Give the ticket id (letters and digits) or the Spectrum number such as ECT-12345678.";
    }
}
