namespace SpectrumTicketing.Models
{
    /// <summary>
    /// Street address of the site a ticket belongs to. The vendor's <c>siteAddress.id</c> is left out on
    /// purpose: it is not the site GUID and the vendor has announced its removal.
    /// </summary>
    public sealed class SpectrumSiteAddress
    {
        /// <summary>First address line.</summary>
        public string? AddressLine1 { get; set; }

        /// <summary>City.</summary>
        public string? City { get; set; }

        /// <summary>Two-letter state code.</summary>
        public string? State { get; set; }

        /// <summary>Five-digit ZIP code.</summary>
        public string? Zip { get; set; }

        /// <summary>Latitude as the vendor sends it (a decimal string).</summary>
        public string? Latitude { get; set; }

        /// <summary>Longitude as the vendor sends it (a decimal string).</summary>
        public string? Longitude { get; set; }

        /// <summary>Formats the address on one line, for example "3918 S KINGS AVE, BRANDON, FL 33511".</summary>
        public override string ToString() => AddressFormatter.Format(AddressLine1, null, City, State, Zip);
    }
}
