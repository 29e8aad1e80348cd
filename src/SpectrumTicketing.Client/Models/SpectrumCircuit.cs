namespace SpectrumTicketing.Models
{
    /// <summary>Network circuit of the organisation with the address where it terminates.</summary>
    public sealed class SpectrumCircuit
    {
        /// <summary>Circuit id, for example 51.L1XX.010501..TWCC; New-SpectrumTicket takes it.</summary>
        public string CircuitId { get; set; } = string.Empty;

        /// <summary>First street address line.</summary>
        public string? StreetAddress1 { get; set; }

        /// <summary>Unit or suite.</summary>
        public string? StreetAddress2 { get; set; }

        /// <summary>City.</summary>
        public string? City { get; set; }

        /// <summary>Two-letter state code.</summary>
        public string? State { get; set; }

        /// <summary>ZIP code.</summary>
        public string? Zip { get; set; }

        /// <summary>Organisation id in the vendor's data.</summary>
        public string? CxId { get; set; }

        /// <summary>Returns the circuit id.</summary>
        public override string ToString() => CircuitId;
    }
}
