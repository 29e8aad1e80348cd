using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

/// <summary>One simulator shared by the tests of a class; tests that change global state start their own.</summary>
public sealed class SharedSimulator : IAsyncLifetime
{
    public SimulatorSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Session = await SimulatorSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
    }
}
