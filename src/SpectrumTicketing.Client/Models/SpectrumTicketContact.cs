using System.Linq;

namespace SpectrumTicketing.Models
{
    /// <summary>Contact person recorded on a ticket, as the API returns it.</summary>
    public sealed class SpectrumTicketContact
    {
        /// <summary>Full name of the contact.</summary>
        public string? Name { get; set; }

        /// <summary>Contact type, for example SITE or TECHNICAL. The API may return it in upper case.</summary>
        public string? Type { get; set; }

        /// <summary>Phone number.</summary>
        public string? PhoneNumber { get; set; }

        /// <summary>Email address.</summary>
        public string? Email { get; set; }

        /// <summary>Formats the contact as "NAME (TYPE, phone, email)".</summary>
        public override string ToString()
        {
            string details = string.Join(", ", new[] { Type, PhoneNumber, Email }.Where(value => !string.IsNullOrEmpty(value)));
            return details.Length == 0 ? Name ?? string.Empty : $"{Name} ({details})";
        }
    }
}
