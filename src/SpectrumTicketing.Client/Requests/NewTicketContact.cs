namespace SpectrumTicketing.Requests
{
    /// <summary>Contact person sent with a new ticket. At least one contact of type Site is required.</summary>
    public sealed class NewTicketContact
    {
        /// <summary>Site or Technical.</summary>
        public string Type { get; set; } = ContactType.Site;

        /// <summary>First name.</summary>
        public string? FirstName { get; set; }

        /// <summary>Last name.</summary>
        public string? LastName { get; set; }

        /// <summary>Phone number, in any format.</summary>
        public string? PhoneNumber { get; set; }

        /// <summary>Email address.</summary>
        public string? Email { get; set; }

        /// <summary>From what time of day the contact is available, in any format.</summary>
        public string? AvailableStartTime { get; set; }

        /// <summary>Until what time of day the contact is available, in any format.</summary>
        public string? AvailableEndTime { get; set; }

        /// <summary>Days the contact is not available, in any format.</summary>
        public string? UnavailableDays { get; set; }

        /// <summary>Formats the contact as "First Last (Type, phone, email)".</summary>
        public override string ToString() => $"{FirstName} {LastName} ({Type}, {PhoneNumber}, {Email})";
    }
}
