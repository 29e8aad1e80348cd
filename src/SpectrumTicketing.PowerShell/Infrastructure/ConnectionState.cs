using System.Threading;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// The module's current connection. It is process-wide on purpose: runspaces of
    /// <c>ForEach-Object -Parallel</c> see the connection of the session that started them and share its
    /// cached token instead of each requesting one.
    /// </summary>
    internal static class ConnectionState
    {
        private static SpectrumConnection? current;

        public static SpectrumConnection? Current
        {
            get => Volatile.Read(ref current);
            set => Volatile.Write(ref current, value);
        }

        /// <summary>Clears the current connection and returns it; <c>null</c> when there was none.</summary>
        public static SpectrumConnection? Remove() => Interlocked.Exchange(ref current, null);
    }
}
