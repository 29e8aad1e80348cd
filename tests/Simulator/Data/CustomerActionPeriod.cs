namespace SpectrumTicketing.Simulator.Data;

/// <summary>A period during which a ticket waited on the customer; times are epoch seconds.</summary>
internal sealed record CustomerActionPeriod(string Action, long StartTime, long EndTime);
