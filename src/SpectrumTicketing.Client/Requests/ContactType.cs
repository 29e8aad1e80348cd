namespace SpectrumTicketing.Requests
{
    /// <summary>Contact types the API accepts on a new ticket.</summary>
    public static class ContactType
    {
        /// <summary>A person at the site; every ticket needs one.</summary>
        public const string Site = "Site";

        /// <summary>A technical contact.</summary>
        public const string Technical = "Technical";
    }
}
