using System;
using SpectrumTicketing.Simulator.Admin;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Faults;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>Everything one simulator run shares between requests.</summary>
internal sealed class SimulatorState
{
    private int _tokenLifetimeSeconds;

    public SimulatorState(SimulatorOptions options)
    {
        Clock = new SimulatorClock(options.Now);
        Store = new DataStore();
        Tokens = new TokenStore(TimeProvider.System);
        Faults = new FaultQueue();
        Counters = new RequestCounters();
        LatencyMilliseconds = options.LatencyMilliseconds;
        _tokenLifetimeSeconds = options.TokenLifetimeSeconds;

        // Tickets created through the API get their ids from their own seeded source, so a replayed
        // sequence of requests creates the same ids.
        RuntimeIds = new IdFactory(StableSeed.CreateRandom(options.Seed, "runtime"), Store);
    }

    public SimulatorClock Clock { get; }

    public DataStore Store { get; }

    public TokenStore Tokens { get; }

    public FaultQueue Faults { get; }

    public RequestCounters Counters { get; }

    /// <summary>Creates ids for records added through the API; use it only while holding the store's lock.</summary>
    public IdFactory RuntimeIds { get; }

    public int LatencyMilliseconds { get; }

    public int TokenLifetimeSeconds
    {
        get => System.Threading.Volatile.Read(ref _tokenLifetimeSeconds);
        set => System.Threading.Volatile.Write(ref _tokenLifetimeSeconds, value);
    }
}
