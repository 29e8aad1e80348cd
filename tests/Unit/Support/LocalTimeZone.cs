using System;
using Xunit;

namespace SpectrumTicketing.Tests.Support
{
    /// <summary>
    /// Collection for tests that change the process's local time zone. It runs alone after the parallel
    /// tests, so no other test runs while the zone is changed.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class LocalTimeZoneCollection
    {
        public const string Name = "Local time zone";
    }

    /// <summary>
    /// Sets the local time zone to America/Denver (UTC-7 in January) until disposed. On Linux and macOS
    /// .NET reads the zone from the TZ variable when its cache is cleared.
    /// </summary>
    /// <remarks>NOTE: Windows ignores TZ, so the tests that use this class expect a Unix machine.</remarks>
    internal sealed class DenverLocalTime : IDisposable
    {
        private readonly string? previous = Environment.GetEnvironmentVariable("TZ");

        public DenverLocalTime()
        {
            Environment.SetEnvironmentVariable("TZ", "America/Denver");
            TimeZoneInfo.ClearCachedData();
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
