using System.Management.Automation;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the current connection: base URI, client id and token expiry, never the secret or token.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpectrumTicketingConnection")]
    [OutputType(typeof(SpectrumConnection))]
    public sealed class GetSpectrumTicketingConnectionCommand : PSCmdlet
    {
        /// <summary>Writes the current connection, or nothing when there is none.</summary>
        protected override void ProcessRecord()
        {
            SpectrumConnection? connection = ConnectionState.Current;
            if (connection != null)
            {
                WriteObject(connection);
            }
        }
    }
}
