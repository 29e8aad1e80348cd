namespace SpectrumTicketing.Simulator.Auth;

/// <summary>The result of checking a bearer token.</summary>
internal enum TokenCheck
{
    Valid,
    Expired,
    Unknown,
}
