using System;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using SpectrumTicketing.Errors;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Connects to the Spectrum Business ticketing API and caches an access token.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "SpectrumTicketing", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(SpectrumConnection))]
    public sealed class ConnectSpectrumTicketingCommand : AsyncCmdlet
    {
        private const string CredentialSet = "Credential";
        private const string ClientSecretSet = "ClientSecret";
        private const string EnvironmentSet = "Environment";

        /// <summary>Client id as the user name and client secret as the password.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>Client id issued by Spectrum.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNullOrEmpty]
        public string? ClientId { get; set; }

        /// <summary>Client secret issued by Spectrum.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNull]
        public SecureString? ClientSecret { get; set; }

        /// <summary>Gateway root; plain http only for loopback addresses.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri BaseUri { get; set; } = SpectrumClientOptions.ProductionBaseUri;

        /// <summary>Default submitter (an email address) for tickets, notes and attachments.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 254)]
        public string? SubmitterId { get; set; }

        /// <summary>How the credentials travel in the token request.</summary>
        [Parameter]
        public AuthenticationMethod AuthenticationMethod { get; set; } = AuthenticationMethod.FormBody;

        /// <summary>Maximum retries of a failed request that may be retried.</summary>
        [Parameter]
        [ValidateRange(0, 10)]
        public int MaximumRetryCount { get; set; } = 4;

        /// <summary>Maximum time for one attempt of a request, in seconds.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        /// <summary>Writes the new connection to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Requests the first token and stores the connection as the current one.</summary>
        protected override void ProcessRecord()
        {
            try
            {
                SpectrumClient.ValidateBaseUri(BaseUri);
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(ErrorIds.InvalidBaseUri, exception.Message, BaseUri));
            }

            (string clientId, SecureString secret) = ResolveCredentials();
            var options = new SpectrumClientOptions
            {
                BaseUri = BaseUri,
                ClientId = clientId,
                ClientSecret = secret,
                AuthenticationMethod = AuthenticationMethod,
                MaxRetries = MaximumRetryCount,
                RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
                UserAgent = BuildUserAgent(),
            };

            var client = new SpectrumClient(options);
            var connection = new SpectrumConnection(client, SubmitterId, DateTime.UtcNow);
            bool connected = false;
            try
            {
                Run((log, token) => client.ConnectAsync(log, token));
                connected = true;
            }
            catch (SpectrumApiException exception)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromApiException(exception, clientId));
            }
            finally
            {
                // Also when Ctrl+C stopped the token request.
                if (!connected)
                {
                    client.Dispose();
                }
            }

            ConnectionState.Current = connection;
            WriteVerbose(ModuleMessages.Connected(connection));
            if (PassThru)
            {
                WriteObject(connection);
            }
        }

        private (string ClientId, SecureString Secret) ResolveCredentials()
        {
            string? clientId;
            SecureString? secret;
            switch (ParameterSetName)
            {
                case CredentialSet:
                    clientId = Credential!.UserName;
                    secret = Credential.Password;
                    break;
                case ClientSecretSet:
                    clientId = ClientId;
                    secret = ClientSecret;
                    break;
                default:
                    clientId = ReadVariable(ModuleMessages.ClientIdVariable);
                    string secretText = ReadVariable(ModuleMessages.ClientSecretVariable);
                    secret = ToSecureString(secretText);
                    break;
            }

            // PSCredential prefixes a domain-less user name with a backslash when it came from Get-Credential.
            clientId = clientId?.TrimStart('\\').Trim();
            if (string.IsNullOrEmpty(clientId))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(ErrorIds.MissingCredential, ModuleMessages.EmptyClientId, null));
            }

            if (secret is null || secret.Length == 0)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(ErrorIds.MissingCredential, ModuleMessages.EmptyClientSecret, clientId));
            }

            return (clientId!, secret!);
        }

        private string ReadVariable(string name)
        {
            string? value = Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                string message = Environment.GetEnvironmentVariable(ModuleMessages.ClientIdVariable) is null
                    && Environment.GetEnvironmentVariable(ModuleMessages.ClientSecretVariable) is null
                    ? ModuleMessages.MissingCredential
                    : ModuleMessages.MissingCredentialVariable(name);
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(ErrorIds.MissingCredential, message, name));
            }

            return value!.Trim();
        }

        private static SecureString ToSecureString(string text)
        {
            var secure = new SecureString();
            foreach (char character in text)
            {
                secure.AppendChar(character);
            }

            secure.MakeReadOnly();
            return secure;
        }

        private static string BuildUserAgent()
        {
            Version? moduleVersion = typeof(ConnectSpectrumTicketingCommand).Assembly.GetName().Version;
            Version? powerShellVersion = typeof(PSObject).Assembly.GetName().Version;
            return $"SpectrumTicketing/{moduleVersion?.ToString(3)} PowerShell/{powerShellVersion?.ToString(3)}";
        }
    }
}
