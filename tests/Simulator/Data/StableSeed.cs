using System;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>
/// Combines a seed number with a client id into a random seed that is the same in every process
/// (string.GetHashCode is randomised per process, so it cannot be used here).
/// </summary>
internal static class StableSeed
{
    public static int Combine(int seed, string clientId)
    {
        // FNV-1a over the seed and the client id's UTF-16 code units.
        const uint offsetBasis = 2166136261;
        const uint prime = 16777619;

        var hash = offsetBasis;
        hash = (hash ^ (uint)seed) * prime;
        foreach (var character in clientId)
        {
            hash = (hash ^ character) * prime;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    public static Random CreateRandom(int seed, string clientId) => new(Combine(seed, clientId));
}
