using System.Management.Automation;
using SpectrumTicketing.Errors;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that work on a connection: <c>-Connection</c>, else the current connection.
    /// </summary>
    public abstract class SpectrumCmdlet : AsyncCmdlet
    {
        /// <summary>Connection to use instead of the current one from Connect-SpectrumTicketing.</summary>
        [Parameter]
        [ValidateNotNull]
        public SpectrumConnection? Connection { get; set; }

        /// <summary>
        /// Returns the client of <c>-Connection</c> or of the current connection, or stops the cmdlet with a
        /// NotConnected error.
        /// </summary>
        protected SpectrumClient GetClient()
        {
            SpectrumConnection? connection = Connection ?? ConnectionState.Current;
            if (connection is null || connection.IsClosed)
            {
                string message = connection is null ? ModuleMessages.NotConnected : ModuleMessages.ConnectionClosed(connection);
                ThrowTerminatingError(ErrorRecordFactory.Create(ErrorIds.NotConnected, ErrorCategory.ConnectionError, message, null));
            }

            return connection!.GetClient();
        }

        /// <summary>Returns the submitter id of <c>-Connection</c> or of the current connection, if any.</summary>
        protected string? GetConnectionSubmitterId() => (Connection ?? ConnectionState.Current)?.SubmitterId;

        /// <summary>Writes an API failure as a non-terminating error naming <paramref name="target"/>.</summary>
        protected void WriteApiError(SpectrumApiException exception, object? target, string notFoundId = ErrorIds.TicketNotFound) =>
            WriteError(ErrorRecordFactory.FromApiException(exception, target, notFoundId));

        /// <summary>Stops the cmdlet with an API failure naming <paramref name="target"/>.</summary>
        protected void ThrowApiError(SpectrumApiException exception, object? target, string notFoundId = ErrorIds.TicketNotFound) =>
            ThrowTerminatingError(ErrorRecordFactory.FromApiException(exception, target, notFoundId));
    }
}
