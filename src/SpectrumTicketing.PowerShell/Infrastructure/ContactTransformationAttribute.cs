using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Turns hashtables and custom objects with the keys of New-SpectrumTicketContact (Type, FirstName,
    /// LastName, PhoneNumber, Email, AvailableStartTime, AvailableEndTime, UnavailableDays) into contacts.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ContactTransformationAttribute : ArgumentTransformationAttribute
    {
        private static readonly string[] KnownKeys =
        {
            "Type", "FirstName", "LastName", "PhoneNumber", "Email", "AvailableStartTime", "AvailableEndTime", "UnavailableDays",
        };

        /// <summary>Converts one value or a list of values to contacts.</summary>
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = Unwrap(inputData);
            if (value is null)
            {
                return null;
            }

            if (value is IEnumerable items && !(value is string) && !(value is IDictionary))
            {
                return items.Cast<object?>().Select(ToContact).ToArray();
            }

            return new[] { ToContact(value) };
        }

        private static NewTicketContact ToContact(object? item)
        {
            object? value = Unwrap(item);
            switch (value)
            {
                case NewTicketContact contact:
                    return contact;
                case IDictionary dictionary:
                    return FromLookup(key => dictionary.Contains(key) ? dictionary[key] : FindIgnoringCase(dictionary, key), dictionary.Keys.Cast<object>().Select(k => k.ToString()));
                case null:
                    throw new ArgumentTransformationMetadataException("A contact is empty. Build contacts with New-SpectrumTicketContact or a hashtable.");
                default:
                    PSObject wrapped = item as PSObject ?? PSObject.AsPSObject(value);
                    return FromLookup(key => wrapped.Properties[key]?.Value, wrapped.Properties.Select(property => property.Name));
            }
        }

        private static NewTicketContact FromLookup(Func<string, object?> lookup, IEnumerable<string?> keys)
        {
            List<string?> unknown = keys.Where(key => !KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentTransformationMetadataException(
                    $"A contact has the unknown key(s) '{string.Join("', '", unknown)}'. Use {string.Join(", ", KnownKeys)}.");
            }

            return new NewTicketContact
            {
                Type = Text(lookup("Type")) ?? ContactType.Site,
                FirstName = Text(lookup("FirstName")),
                LastName = Text(lookup("LastName")),
                PhoneNumber = Text(lookup("PhoneNumber")),
                Email = Text(lookup("Email")),
                AvailableStartTime = Text(lookup("AvailableStartTime")),
                AvailableEndTime = Text(lookup("AvailableEndTime")),
                UnavailableDays = Text(lookup("UnavailableDays")),
            };
        }

        private static object? FindIgnoringCase(IDictionary dictionary, string key)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (string.Equals(entry.Key?.ToString(), key, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private static string? Text(object? value) => Unwrap(value)?.ToString();

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
