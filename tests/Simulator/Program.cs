using System;
using System.Threading.Tasks;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator;

/// <summary>Starts the simulator from the command line and runs until Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        SimulatorOptions? options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        options.Output = Console.Out;
        try
        {
            await using var server = await SimulatorServer.StartAsync(options);
            await server.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception exception) when (exception is FormatException or DataFileException or System.IO.IOException)
        {
            await Console.Error.WriteLineAsync("The simulator could not start: " + exception.Message);
            return 1;
        }
    }
}
