namespace SpectrumTicketing
{
    /// <summary>Log that discards every line.</summary>
    public sealed class NullSpectrumLog : ISpectrumLog
    {
        /// <summary>The shared instance.</summary>
        public static NullSpectrumLog Instance { get; } = new NullSpectrumLog();

        private NullSpectrumLog()
        {
        }

        /// <inheritdoc/>
        public void Verbose(string message)
        {
        }

        /// <inheritdoc/>
        public bool IsDebugEnabled => false;

        /// <inheritdoc/>
        public void Debug(string message)
        {
        }

        /// <inheritdoc/>
        public void Warning(string message)
        {
        }
    }
}
