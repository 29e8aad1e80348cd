using System;
using System.Collections.Generic;
using System.IO;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>Settings for one simulator run.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Loopback port to listen on; 0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Seed for the generated records; the same seed and clock give the same records.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Number of generated tickets for the demo organisation, in addition to the vendor's example records.</summary>
    public int TicketCount { get; set; } = 60;

    /// <summary>Token lifetime in seconds, returned as expires_in.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Fixed time for ticket dates and the 12-month window; null follows the real UTC clock.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>JSON file with organisations to add, or to replace built-in ones with the same client id.</summary>
    public string? DataFile { get; set; }

    /// <summary>Delay in milliseconds added before every API and token request.</summary>
    public int LatencyMilliseconds { get; set; }

    /// <summary>Faults to inject from the start, each written as ROUTE=KIND[:COUNT].</summary>
    public IList<string> Faults { get; } = new List<string>();

    /// <summary>Writer for the startup banner and the request log; null writes nothing.</summary>
    public TextWriter? Output { get; set; }
}
