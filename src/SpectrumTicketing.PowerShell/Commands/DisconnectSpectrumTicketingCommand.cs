using System.Management.Automation;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Closes the current connection (or the one given) and discards its access token.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "SpectrumTicketing")]
    [OutputType(typeof(void))]
    public sealed class DisconnectSpectrumTicketingCommand : PSCmdlet
    {
        /// <summary>Connection to close; by default the current one.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public SpectrumConnection? Connection { get; set; }

        /// <summary>Closes the connection; the current one is also forgotten.</summary>
        protected override void ProcessRecord()
        {
            SpectrumConnection? connection = Connection;
            if (connection is null || ReferenceEquals(connection, ConnectionState.Current))
            {
                connection = ConnectionState.Remove();
            }

            if (connection is null)
            {
                WriteVerbose(ModuleMessages.NothingToDisconnect);
                return;
            }

            connection.Close();
            WriteVerbose(ModuleMessages.Disconnected(connection));
        }
    }
}
