namespace SpectrumTicketing.Simulator.Data;

/// <summary>What the simulator keeps of an uploaded attachment: its metadata and SHA-256, not its bytes.</summary>
internal sealed record StoredAttachment(string FileName, long Length, string ContentType, string Sha256, string SubmitterId);
