using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpectrumTicketing.Simulator.Data;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// Checks a POST /tickets body against the vendor's rules and resolves its site and circuits.
/// Callers hold the store's lock.
/// </summary>
internal static partial class CreateTicketValidator
{
    public const int MaxCircuits = 5;

    private static readonly string[] BusinessImpacts = ["Outage", "Impairment", "Information"];
    private static readonly string[] ContactTypes = ["Site", "Technical"];

    /// <summary>Returns the error message for the first rule the request breaks, or null when it is valid.</summary>
    public static string? Validate(CreateTicketRequest request, Organization caller, DataStore store, out Site? site, out List<Circuit> circuits)
    {
        site = null;
        circuits = [];

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(request.SubmitterId))
        {
            // The vendor's message names its own field, not the request's submitterId.
            missing.Add("externalSubmitterId");
        }

        if (string.IsNullOrWhiteSpace(request.IssueDescription))
        {
            missing.Add("issueDescription");
        }

        if (missing.Count > 0)
        {
            return "Ticket must include following fields with valid values: " + string.Join(", ", missing);
        }

        if (request.BusinessImpact is null)
        {
            return "Field: 'businessImpact' must not be null";
        }

        if (!BusinessImpacts.Contains(request.BusinessImpact, StringComparer.Ordinal))
        {
            return $"Field: 'businessImpact' has an invalid value '{request.BusinessImpact}'. Valid values are: {string.Join(", ", BusinessImpacts)}";
        }

        var siteError = ResolveLocation(request, caller, store, out site, out circuits);
        if (siteError is not null)
        {
            return siteError;
        }

        var contactError = ValidateContacts(request.Contacts);
        if (contactError is not null)
        {
            return contactError;
        }

        return ValidateAccessTime("siteAccessStartTime", request.SiteAccessStartTime)
            ?? ValidateAccessTime("siteAccessEndTime", request.SiteAccessEndTime);
    }

    private static string? ResolveLocation(CreateTicketRequest request, Organization caller, DataStore store, out Site? site, out List<Circuit> circuits)
    {
        site = null;
        circuits = [];
        var circuitIds = request.Circuits?.Where(c => !string.IsNullOrWhiteSpace(c)).ToList() ?? [];
        var hasSite = !string.IsNullOrWhiteSpace(request.SiteGuid);
        if (!hasSite && circuitIds.Count == 0)
        {
            return "Both siteGuid and circuits are null";
        }

        if (circuitIds.Count > MaxCircuits)
        {
            return $"A ticket can include at most {MaxCircuits} circuits, but {circuitIds.Count} were given. Submit one ticket per site with up to {MaxCircuits} circuits.";
        }

        var invalid = new List<string>();
        foreach (var circuitId in circuitIds)
        {
            var found = store.FindCircuit(circuitId);
            if (found is null || found.Value.Owner != caller)
            {
                invalid.Add(circuitId);
            }
            else
            {
                circuits.Add(found.Value.Circuit);
            }
        }

        if (invalid.Count > 0)
        {
            return "One or more invalid circuits : " + string.Join(",", invalid);
        }

        if (hasSite)
        {
            var found = store.FindSite(request.SiteGuid!);
            if (found is null || found.Value.Owner != caller)
            {
                return "Invalid siteGuid : " + request.SiteGuid;
            }

            site = found.Value.Site;
        }

        var circuitSites = circuits.Select(c => c.SiteGuid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (circuitSites.Count > 1)
        {
            return $"All circuits on a ticket must be at the same site, but these circuits are at {circuitSites.Count} sites: {string.Join(",", circuits.Select(c => c.CircuitId))}. Submit one ticket per site.";
        }

        if (site is not null && circuitSites.Count == 1 && !string.Equals(circuitSites[0], site.SiteGuid, StringComparison.OrdinalIgnoreCase))
        {
            return $"Circuits must be at site {site.SiteGuid}, but these are at another site: {string.Join(",", circuits.Select(c => c.CircuitId))}";
        }

        if (site is null)
        {
            site = store.FindSite(circuitSites[0])?.Site;
        }

        return null;
    }

    private static string? ValidateContacts(List<ContactRequest>? contacts)
    {
        if (contacts is null || !contacts.Any(c => string.Equals(c.Type, "Site", StringComparison.OrdinalIgnoreCase)))
        {
            return "Ticket must include at least one contact of type 'Site'";
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            var missing = new List<string>();
            AddIfBlank(missing, "type", contact.Type);
            AddIfBlank(missing, "firstName", contact.FirstName);
            AddIfBlank(missing, "lastName", contact.LastName);
            AddIfBlank(missing, "phoneNumber", contact.PhoneNumber);
            AddIfBlank(missing, "email", contact.Email);
            if (missing.Count > 0)
            {
                return $"Contact {i + 1} must include following fields with valid values: {string.Join(", ", missing)}";
            }

            if (!ContactTypes.Contains(contact.Type, StringComparer.OrdinalIgnoreCase))
            {
                return $"Field: 'contacts[{i}].type' has an invalid value '{contact.Type}'. Valid values are: {string.Join(", ", ContactTypes)}";
            }
        }

        return null;
    }

    private static string? ValidateAccessTime(string name, string? value)
    {
        if (value is null || TimeOfDay().IsMatch(value))
        {
            return null;
        }

        return $"Field: '{name}' must be a time of day in 24-hour HH:MM format, such as 09:00, but was '{value}'";
    }

    private static void AddIfBlank(List<string> missing, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(name);
        }
    }

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimeOfDay();
}
