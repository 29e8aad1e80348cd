using System;
using System.Globalization;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>Parses the simulator's command line into <see cref="SimulatorOptions"/>.</summary>
internal static class CommandLine
{
    public const int DefaultPort = 5080;

    public const string Usage = """
        Usage: SpectrumTicketing.Simulator [options]

        A local simulator of the Spectrum Business Customer Ticketing API for tests. It listens on 127.0.0.1 only
        and is not the vendor's service.

        Options:
          --urls URL              Address to listen on; the host must be 127.0.0.1 or localhost, port 0 picks a
                                  free port. Default: http://127.0.0.1:5080
          --seed N                Seed for the generated records. Default: 1
          --tickets N             Generated tickets for the demo organisation, besides the vendor's examples. Default: 60
          --token-lifetime SECONDS
                                  Access token lifetime (expires_in). Default: 3600
          --now TIME              Fix the clock for ticket dates, e.g. 2026-06-01T12:00:00Z. Default: real UTC time
          --data FILE             JSON file of organisations, sites, circuits and tickets to load (see samples/)
          --latency-ms N          Delay every API and token request by N milliseconds. Default: 0
          --fault ROUTE=KIND[:COUNT]
                                  Inject a fault into the next COUNT requests of ROUTE (repeatable). ROUTE is a
                                  route key such as "POST /tickets", or *. KIND is status, drop, html, truncated,
                                  slowBody, latency, expireToken, or an HTTP status code such as 503.
          --help                  Show this text.
        """;

    /// <summary>Parses <paramref name="args"/>; returns null when --help was given.</summary>
    /// <exception cref="FormatException">An option is unknown, lacks a value or has an invalid value.</exception>
    public static SimulatorOptions? Parse(string[] args)
    {
        var options = new SimulatorOptions { Port = DefaultPort };
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                return null;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new FormatException($"Option '{name}' is missing its value. Run with --help for usage.");
            switch (name)
            {
                case "--urls":
                    options.Port = ParseLoopbackPort(value);
                    break;
                case "--seed":
                    options.Seed = ParseInteger(name, value, int.MinValue);
                    break;
                case "--tickets":
                    options.TicketCount = ParseInteger(name, value, 0);
                    break;
                case "--token-lifetime":
                    options.TokenLifetimeSeconds = ParseInteger(name, value, 1);
                    break;
                case "--now":
                    options.Now = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
                        ? now.ToUniversalTime()
                        : throw new FormatException($"Invalid --now '{value}'. Use an ISO 8601 time such as 2026-06-01T12:00:00Z.");
                    break;
                case "--data":
                    options.DataFile = value;
                    break;
                case "--latency-ms":
                    options.LatencyMilliseconds = ParseInteger(name, value, 0);
                    break;
                case "--fault":
                    options.Faults.Add(value);
                    break;
                default:
                    throw new FormatException($"Unknown option '{name}'. Run with --help for usage.");
            }
        }

        return options;
    }

    /// <summary>Returns the port of a --urls value, rejecting any host other than 127.0.0.1 and localhost.</summary>
    public static int ParseLoopbackPort(string url)
    {
        if (url.Contains(';', StringComparison.Ordinal))
        {
            throw new FormatException($"Invalid --urls '{url}'. Give one address; the simulator listens on one loopback port.");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new FormatException($"Invalid --urls '{url}'. Use http://127.0.0.1:PORT.");
        }

        if (uri.Host is not ("127.0.0.1" or "localhost"))
        {
            throw new FormatException($"Refusing to listen on '{uri.Host}': the simulator binds to 127.0.0.1 only. Use http://127.0.0.1:PORT.");
        }

        return uri.Port;
    }

    private static int ParseInteger(string name, string value, int minimum)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            throw new FormatException($"Invalid {name} '{value}'. Use a whole number of at least {minimum}.");
        }

        return number;
    }
}
