namespace SpectrumTicketing.Models
{
    /// <summary>Ticketing site (service location) of the organisation.</summary>
    public sealed class SpectrumSite
    {
        /// <summary>Site GUID: the location id that New-SpectrumTicket takes.</summary>
        public string SiteGuid { get; set; } = string.Empty;

        /// <summary>First address line.</summary>
        public string? AddressLine1 { get; set; }

        /// <summary>Unit or suite.</summary>
        public string? AddressLine2 { get; set; }

        /// <summary>City.</summary>
        public string? City { get; set; }

        /// <summary>Two-letter state code.</summary>
        public string? State { get; set; }

        /// <summary>ZIP code.</summary>
        public string? ZipCode { get; set; }

        /// <summary>Organisation id in the vendor's data.</summary>
        public string? CxId { get; set; }

        /// <summary>Formats the site as its one-line address.</summary>
        public override string ToString() => AddressFormatter.Format(AddressLine1, AddressLine2, City, State, ZipCode);
    }
}
