using System;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// The clock that ticket dates and the 12-month history window use. It follows real UTC time unless fixed.
/// Token expiry uses real time, because clients time their tokens with their own clocks.
/// </summary>
internal sealed class SimulatorClock
{
    private readonly object _gate = new();
    private DateTimeOffset? _fixedNow;

    public SimulatorClock(DateTimeOffset? fixedNow)
    {
        _fixedNow = fixedNow;
    }

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate)
            {
                return _fixedNow ?? DateTimeOffset.UtcNow;
            }
        }
    }

    public long UtcNowSeconds => UtcNow.ToUnixTimeSeconds();

    /// <summary>Fixes the clock at <paramref name="fixedNow"/>, or lets it follow real time again when null.</summary>
    public void Set(DateTimeOffset? fixedNow)
    {
        lock (_gate)
        {
            _fixedNow = fixedNow;
        }
    }

    /// <summary>Returns the start of the ticket history window: tickets created before it are not listed.</summary>
    public long HistoryWindowStartSeconds() => UtcNow.AddMonths(-12).ToUnixTimeSeconds();
}
