using System;
using System.IO;

namespace SpectrumTicketing.Simulator.Hosting;

/// <summary>The lines printed once the server listens. Test harnesses parse the URL from the first line.</summary>
internal static class Banner
{
    public static void Write(TextWriter output, Uri baseUri)
    {
        var url = baseUri.GetLeftPart(UriPartial.Authority);
        output.WriteLine($"Spectrum API simulator listening on {url}");
        output.WriteLine("Demo client id: demo-client");
        output.WriteLine("Demo client secret: demo-secret");
        output.WriteLine("Second organisation: other-client / other-secret");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
