namespace SpectrumTicketing.Requests
{
    /// <summary>Business impact values the API accepts on a new ticket (tickets read back may also show Failover).</summary>
    public static class BusinessImpact
    {
        /// <summary>Service is down.</summary>
        public const string Outage = "Outage";

        /// <summary>Service is degraded.</summary>
        public const string Impairment = "Impairment";

        /// <summary>A question or information request.</summary>
        public const string Information = "Information";
    }
}
