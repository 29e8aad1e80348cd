using System;
using System.Collections.Concurrent;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Collects the client's log lines from any thread. The cmdlet writes them on the pipeline thread,
    /// because only that thread may call WriteVerbose, WriteDebug and WriteWarning.
    /// </summary>
    internal sealed class QueuedLog : ISpectrumLog
    {
        private readonly BlockingCollection<LogEntry> entries;

        public QueuedLog(BlockingCollection<LogEntry> entries, bool debugEnabled)
        {
            this.entries = entries;
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        public void Verbose(string message) => Add(LogLevel.Verbose, message);

        public void Debug(string message) => Add(LogLevel.Debug, message);

        public void Warning(string message) => Add(LogLevel.Warning, message);

        private void Add(LogLevel level, string message)
        {
            try
            {
                entries.TryAdd(new LogEntry(level, message));
            }
            catch (InvalidOperationException)
            {
                // The operation has finished and the cmdlet stopped reading (or disposed the queue); a late line is dropped.
            }
        }
    }
}
