using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that send requests. It owns the cancellation token that Ctrl+C cancels, and runs
    /// asynchronous client calls while writing their log lines on the pipeline thread.
    /// </summary>
    public abstract class AsyncCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource cancellation = new CancellationTokenSource();

        /// <summary>Cancels the running request and any wait between retries.</summary>
        protected override void StopProcessing() => cancellation.Cancel();

        /// <summary>Releases the cancellation source.</summary>
        public void Dispose()
        {
            cancellation.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>
        /// Runs an asynchronous client call to completion. Log lines the call produces on other threads are
        /// written here, on the pipeline thread, while it runs. A cancelled call stops the pipeline.
        /// </summary>
        protected T Run<T>(Func<ISpectrumLog, CancellationToken, Task<T>> operation)
        {
            using var entries = new BlockingCollection<LogEntry>();
            var log = new QueuedLog(entries, IsDebugEnabled());
            CancellationToken token = cancellation.Token;
            Task<T> task = Task.Run(() => operation(log, token), token);
            task.ContinueWith(_ => entries.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

            foreach (LogEntry entry in entries.GetConsumingEnumerable())
            {
                WriteLogEntry(entry);
            }

            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Runs an asynchronous client call that returns nothing; see <see cref="Run{T}"/>.</summary>
        protected void Run(Func<ISpectrumLog, CancellationToken, Task> operation) =>
            Run<bool>(async (log, token) =>
            {
                await operation(log, token).ConfigureAwait(false);
                return true;
            });

        /// <summary>Whether -Debug was given or $DebugPreference requests debug output.</summary>
        private bool IsDebugEnabled()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out object? debug))
            {
                return debug is SwitchParameter switchValue ? switchValue.IsPresent : LanguagePrimitives.IsTrue(debug);
            }

            // A script may assign the preference as a string ('Continue'), so convert instead of type-testing.
            object? preference = GetVariableValue("DebugPreference");
            return LanguagePrimitives.TryConvertTo(preference, out ActionPreference action)
                && action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
        }

        private void WriteLogEntry(LogEntry entry)
        {
            switch (entry.Level)
            {
                case LogLevel.Warning:
                    WriteWarning(entry.Message);
                    break;
                case LogLevel.Debug:
                    WriteDebug(entry.Message);
                    break;
                default:
                    WriteVerbose(entry.Message);
                    break;
            }
        }
    }
}
