using System;
using System.Text.RegularExpressions;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Ticket id or ECT- number given to a cmdlet. PowerShell converts strings to it, but not sites,
    /// circuits or other objects, so those never bind as a ticket by accident.
    /// </summary>
    public sealed class TicketIdentity
    {
        private static readonly Regex NumberPattern = new Regex("^ECT-[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex IdPattern = new Regex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

        /// <summary>Parses a ticket id or an ECT- number.</summary>
        /// <exception cref="ArgumentException">The value is empty or has characters no ticket id contains.</exception>
        public TicketIdentity(string value)
        {
            string trimmed = value?.Trim() ?? string.Empty;
            if (trimmed.Length == 0 || trimmed.Length > 100 || !IdPattern.IsMatch(trimmed))
            {
                throw new ArgumentException(ModuleMessages.InvalidTicketIdentity(value), nameof(value));
            }

            IsNumber = NumberPattern.IsMatch(trimmed);
            Value = IsNumber ? trimmed.ToUpperInvariant() : trimmed;
        }

        /// <summary>The id or number as given, trimmed; numbers in upper case.</summary>
        public string Value { get; }

        /// <summary>Whether the value is a Spectrum ticket number (ECT-...), not a ticket id.</summary>
        public bool IsNumber { get; }

        /// <summary>Returns the value.</summary>
        public override string ToString() => Value;
    }
}
