namespace SpectrumTicketing.PowerShell
{
    /// <summary>Severity of a queued log line.</summary>
    internal enum LogLevel
    {
        Verbose,
        Debug,
        Warning,
    }
}
