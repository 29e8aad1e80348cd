using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace SpectrumTicketing.Tests.Support
{
    /// <summary>Log that keeps every line, for assertions on warnings and on masked debug text.</summary>
    internal sealed class RecordingLog : ISpectrumLog
    {
        private readonly ConcurrentQueue<string> verbose = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> debug = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> warnings = new ConcurrentQueue<string>();

        public IReadOnlyList<string> VerboseLines => verbose.ToArray();

        public IReadOnlyList<string> DebugLines => debug.ToArray();

        public IReadOnlyList<string> Warnings => warnings.ToArray();

        public bool IsDebugEnabled { get; set; } = true;

        public IEnumerable<string> AllLines => VerboseLines.Concat(DebugLines).Concat(Warnings);

        public void Verbose(string message) => verbose.Enqueue(message);

        public void Debug(string message) => debug.Enqueue(message);

        public void Warning(string message) => warnings.Enqueue(message);
    }
}
