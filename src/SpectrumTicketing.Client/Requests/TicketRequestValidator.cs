using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpectrumTicketing.Requests
{
    /// <summary>
    /// Checks a new ticket against the API's rules before it is sent. Each message names the field, the
    /// value and the fix, so nothing reaches the vendor that it would reject.
    /// </summary>
    public static class TicketRequestValidator
    {
        private static readonly Regex TimeOfDay = new Regex("^([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.CultureInvariant);

        private static readonly string[] Impacts = { BusinessImpact.Outage, BusinessImpact.Impairment, BusinessImpact.Information };

        /// <summary>Returns every rule the request breaks; an empty list means it may be sent.</summary>
        public static IReadOnlyList<string> Validate(NewTicketRequest request)
        {
            var errors = new List<string>();
            ValidateLocation(request, errors);
            ValidateText(errors, "SubmitterId", request.SubmitterId, FieldLimits.MaxSubmitterIdLength, required: true,
                "Pass -SubmitterId or give Connect-SpectrumTicketing a -SubmitterId.");
            ValidateText(errors, "IssueDescription", request.IssueDescription, FieldLimits.MaxFreeTextLength, required: true,
                "Describe the issue with -IssueDescription.");
            ValidateText(errors, "CustomerTicketId", request.CustomerTicketId, FieldLimits.MaxShortTextLength, required: false, null);
            ValidateText(errors, "IssueStartDate", request.IssueStartDate, FieldLimits.MaxShortTextLength, required: false, null);
            ValidateText(errors, "IssueStartTime", request.IssueStartTime, FieldLimits.MaxShortTextLength, required: false, null);
            ValidateText(errors, "TroubleshootingSteps", request.TroubleshootingSteps, FieldLimits.MaxFreeTextLength, required: false, null);
            ValidateText(errors, "AdditionalInfo", request.AdditionalInfo, FieldLimits.MaxFreeTextLength, required: false, null);

            if (!Impacts.Contains(request.BusinessImpact ?? string.Empty, StringComparer.Ordinal))
            {
                errors.Add($"BusinessImpact '{request.BusinessImpact}' is not valid. Use Outage, Impairment or Information.");
            }

            ValidateTime(errors, "SiteAccessStartTime", request.SiteAccessStartTime);
            ValidateTime(errors, "SiteAccessEndTime", request.SiteAccessEndTime);
            ValidateContacts(request.Contacts, errors);
            return errors;
        }

        private static void ValidateLocation(NewTicketRequest request, List<string> errors)
        {
            bool hasSite = !string.IsNullOrWhiteSpace(request.SiteGuid);
            if (!hasSite && request.Circuits.Count == 0)
            {
                errors.Add("Neither SiteGuid nor CircuitId was given. Pass -SiteGuid (see Get-SpectrumSite) or up to five -CircuitId values (see Get-SpectrumCircuit).");
            }

            if (request.Circuits.Count > FieldLimits.MaxCircuits)
            {
                errors.Add($"{request.Circuits.Count} circuits were given ('{string.Join("', '", request.Circuits)}'), but a ticket takes at most {FieldLimits.MaxCircuits}, all at one site. Submit one ticket per site or per five circuits.");
            }

            foreach (string circuit in request.Circuits.Where(circuit => string.IsNullOrWhiteSpace(circuit)))
            {
                errors.Add($"CircuitId '{circuit}' is empty. Remove the empty value or give a circuit id such as 51.L1XX.010501..TWCC.");
            }

            List<string> duplicates = request.Circuits.GroupBy(circuit => circuit, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1).Select(group => group.Key).ToList();
            foreach (string duplicate in duplicates)
            {
                errors.Add($"CircuitId '{duplicate}' was given more than once. Give each circuit once.");
            }

            if (hasSite)
            {
                ValidateText(errors, "SiteGuid", request.SiteGuid, FieldLimits.MaxShortTextLength, required: false, null);
            }
        }

        private static void ValidateContacts(List<NewTicketContact> contacts, List<string> errors)
        {
            if (!contacts.Any(contact => string.Equals(contact?.Type, ContactType.Site, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add("No contact of type Site was given. Add one with -Contact (New-SpectrumTicketContact -Type Site ...).");
            }

            for (int index = 0; index < contacts.Count; index++)
            {
                NewTicketContact contact = contacts[index];
                string label = $"Contact {index + 1}";
                if (!string.Equals(contact.Type, ContactType.Site, StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(contact.Type, ContactType.Technical, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"{label} has type '{contact.Type}'. Use Site or Technical.");
                }

                ValidateText(errors, $"{label} FirstName", contact.FirstName, FieldLimits.MaxShortTextLength, required: true, null);
                ValidateText(errors, $"{label} LastName", contact.LastName, FieldLimits.MaxShortTextLength, required: true, null);
                ValidateText(errors, $"{label} PhoneNumber", contact.PhoneNumber, FieldLimits.MaxShortTextLength, required: true, null);
                ValidateText(errors, $"{label} Email", contact.Email, FieldLimits.MaxShortTextLength, required: true, null);
                ValidateText(errors, $"{label} AvailableStartTime", contact.AvailableStartTime, FieldLimits.MaxShortTextLength, required: false, null);
                ValidateText(errors, $"{label} AvailableEndTime", contact.AvailableEndTime, FieldLimits.MaxShortTextLength, required: false, null);
                ValidateText(errors, $"{label} UnavailableDays", contact.UnavailableDays, FieldLimits.MaxShortTextLength, required: false, null);
            }
        }

        private static void ValidateText(List<string> errors, string field, string? value, int maxLength, bool required, string? fix)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    errors.Add($"{field} is missing. {fix ?? $"Give a value for {field}."}".TrimEnd());
                }

                return;
            }

            if (value!.Length > maxLength)
            {
                errors.Add($"{field} is {value.Length} characters long; the maximum is {maxLength}. Shorten it.");
            }
        }

        private static void ValidateTime(List<string> errors, string field, string? value)
        {
            if (value != null && !TimeOfDay.IsMatch(value))
            {
                errors.Add($"{field} '{value}' is not a 24-hour time of the form HH:MM. Use for example 09:00 or 17:30.");
            }
        }
    }
}
