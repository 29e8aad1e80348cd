using System;

namespace SpectrumTicketing.Simulator.Data;

/// <summary>Thrown when the --data file cannot be read or does not have the expected shape.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string message)
        : base(message)
    {
    }

    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
