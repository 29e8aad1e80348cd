using System.Net;

namespace SpectrumTicketing.Simulator.Admin;

/// <summary>Decides who may use the /_simulator admin endpoints: only callers on the loopback interface.</summary>
public static class LoopbackGuard
{
    /// <summary>Returns true when <paramref name="remoteAddress"/> is a loopback address, including IPv4 mapped to IPv6.</summary>
    public static bool IsAllowed(IPAddress? remoteAddress)
    {
        if (remoteAddress is null)
        {
            return false;
        }

        if (remoteAddress.IsIPv4MappedToIPv6)
        {
            remoteAddress = remoteAddress.MapToIPv4();
        }

        return IPAddress.IsLoopback(remoteAddress);
    }
}
