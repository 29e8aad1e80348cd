namespace SpectrumTicketing
{
    /// <summary>
    /// Receiver of the client's diagnostic lines. The client may call it from any thread, so an
    /// implementation that writes to a PowerShell host must queue the lines for the pipeline thread.
    /// </summary>
    public interface ISpectrumLog
    {
        /// <summary>Records one request, response or retry.</summary>
        void Verbose(string message);

        /// <summary>Whether <see cref="Debug"/> lines are wanted; the client skips formatting them when not.</summary>
        bool IsDebugEnabled { get; }

        /// <summary>Records headers and bodies, with credentials and tokens already masked.</summary>
        void Debug(string message);

        /// <summary>Records a condition the user should act on that does not fail the call.</summary>
        void Warning(string message);
    }
}
