using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>Creates the built-in organisations and the ones tests add through the admin endpoint.</summary>
internal static class OrganizationFactory
{
    public const string DemoClientId = "demo-client";
    public const string DemoClientSecret = "demo-secret";
    public const string OtherClientId = "other-client";
    public const string OtherClientSecret = "other-secret";

    private const int OlderTicketCount = 3;

    /// <summary>Adds the demo organisation (the vendor's example records plus generated ones) and the second organisation.</summary>
    public static void AddBuiltIn(SimulatorState state, SimulatorOptions options)
    {
        var now = state.Clock.UtcNowSeconds;

        var demoRandom = StableSeed.CreateRandom(options.Seed, DemoClientId);
        var demo = new Organization { ClientId = DemoClientId, ClientSecret = DemoClientSecret, CxId = VendorExamples.DemoCxId };
        VendorExamples.AddTo(demo, now);
        new SeedDataGenerator(demoRandom, new IdFactory(demoRandom, state.Store))
            .Populate(demo, new GenerationRequest(options.TicketCount, 6, 12, null, OlderTicketCount), now);
        state.Store.AddOrReplace(demo);

        var other = Generate(state, OtherClientId, OtherClientSecret, options.Seed, new GenerationRequest(30, 3, 6, null, OlderTicketCount));
        state.Store.AddOrReplace(other);
    }

    /// <summary>Builds an organisation of generated records; the caller adds it to the store.</summary>
    public static Organization Generate(SimulatorState state, string clientId, string clientSecret, int seed, GenerationRequest request)
    {
        var random = StableSeed.CreateRandom(seed, clientId);
        var ids = new IdFactory(random, state.Store);
        var organization = new Organization { ClientId = clientId, ClientSecret = clientSecret, CxId = ids.NewCxId() };
        new SeedDataGenerator(random, ids).Populate(organization, request, state.Clock.UtcNowSeconds);
        return organization;
    }
}
