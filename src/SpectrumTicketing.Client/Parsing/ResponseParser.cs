using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;

namespace SpectrumTicketing.Parsing
{
    /// <summary>Turns the API's JSON bodies into the module's models.</summary>
    internal static class ResponseParser
    {
        // The spec's own examples carry trailing commas; accepting them costs nothing.
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        };

        /// <summary>Parses a body, raising <see cref="SpectrumInvalidResponseException"/> when it is not JSON.</summary>
        public static JsonDocument Parse(ReadOnlyMemory<byte> body, string requestDescription, string? transactionId)
        {
            try
            {
                return JsonDocument.Parse(body, DocumentOptions);
            }
            catch (JsonException exception)
            {
                throw new SpectrumInvalidResponseException(
                    Messages.InvalidJson(requestDescription, transactionId), apiMessage: null, transactionId: transactionId,
                    innerException: exception);
            }
        }

        /// <summary>Reads a GET /tickets body: the paging envelope and the tickets on the page.</summary>
        public static SpectrumTicketPage ParseTicketPage(JsonElement root, int requestedPage)
        {
            List<SpectrumTicket> tickets = root.GetObjects("tickets").Select(item => ParseTicket(item, withDetails: false)).ToList();
            (int pageNumber, int pageCount) = ParseOfPair(root.GetString("pageReturned"));
            long? total = root.GetInt64("ticketsCount");
            if (total is null)
            {
                (_, int totalFromResults) = ParseOfPair(root.GetString("resultsRetrieved"));
                total = totalFromResults;
            }

            return new SpectrumTicketPage
            {
                TotalCount = (int)Math.Max(total.Value, tickets.Count),
                PageNumber = pageNumber > 0 ? pageNumber : requestedPage,
                PageCount = pageCount,
                Tickets = tickets,
            };
        }

        /// <summary>Reads one ticket object; notes and customer actions only when <paramref name="withDetails"/> is set.</summary>
        public static SpectrumTicket ParseTicket(JsonElement item, bool withDetails)
        {
            var ticket = new SpectrumTicket
            {
                TicketId = item.GetString("id") ?? string.Empty,
                SpectrumTicketNumber = EmptyToNull(item.GetString("spectrumTicketNumber")),
                CustomerTicketNumber = EmptyToNull(item.GetString("customerTicketNumber")),
                BillingAccountNumber = EmptyToNull(item.GetString("billingAccountNumber")),
                Status = EmptyToNull(item.GetString("status")),
                Source = EmptyToNull(item.GetString("ticketReportSource")),
                NeedsClientAttention = item.GetBoolean("needsClientAttention"),
                BusinessImpact = EmptyToNull(item.GetString("businessImpact")),
                ImpactedServices = new SpectrumList<string>(item.GetStringList("impactedServices")),
                ImpactedCircuits = new SpectrumList<string>(item.GetStringList("impactedCircuits")),
                SiteGuid = EmptyToNull(item.GetString("siteGuid")),
                SiteAddress = ParseSiteAddress(item),
                SiteContacts = new SpectrumList<string>(item.GetStringList("siteContacts")),
                Contacts = new SpectrumList<SpectrumTicketContact>(item.GetObjects("contacts").Select(ParseContact)),
                TicketType = EmptyToNull(item.GetString("ticketType")),
                TicketSubType = EmptyToNull(item.GetString("ticketSubType")),
                AssignedAction = EmptyToNull(item.GetString("assignedAction")),
                CreatedDate = item.GetDate("dateCreated", "dateCreatedYMD"),
                UpdatedDate = item.GetDate("dateUpdated", "dateUpdatedYMD"),
                ResolvedDate = item.GetDate("dateResolved", "dateResolvedYMD"),
                ClosedDate = item.GetDate("dateClosed", "dateClosedYMD"),
                ResolutionCode = EmptyToNull(item.GetString("resolutionCode")),
                ResolutionMessage = EmptyToNull(item.GetString("resolutionMessage")),
            };

            if (withDetails)
            {
                ticket.Notes = new SpectrumList<SpectrumTicketNote>(item.GetObjects("notes").Select(ParseNote));
                ticket.CustomerActions = new SpectrumList<SpectrumCustomerAction>(
                    item.GetObjects("customerActionMinuteDetails").Select(ParseCustomerAction));
            }

            return ticket;
        }

        /// <summary>Reads a GET /sites body.</summary>
        public static List<SpectrumSite> ParseSites(JsonElement root) =>
            root.GetObjects("sites").Select(site => new SpectrumSite
            {
                SiteGuid = site.GetString("siteGuid") ?? string.Empty,
                AddressLine1 = EmptyToNull(site.GetString("addressLine1")),
                AddressLine2 = EmptyToNull(site.GetString("addressLine2")),
                City = EmptyToNull(site.GetString("city")),
                State = EmptyToNull(site.GetString("state")),
                ZipCode = EmptyToNull(site.GetString("zipCode")),
                CxId = EmptyToNull(site.GetString("cxId")),
            }).ToList();

        /// <summary>Reads a GET /circuits body.</summary>
        public static List<SpectrumCircuit> ParseCircuits(JsonElement root) =>
            root.GetObjects("circuits").Select(ParseCircuit).ToList();

        /// <summary>Reads one circuit object, as GET /circuits/{id} returns it.</summary>
        public static SpectrumCircuit ParseCircuit(JsonElement circuit)
        {
            circuit.TryGetMember("location", out JsonElement location);
            return new SpectrumCircuit
            {
                CircuitId = circuit.GetString("circuitId") ?? string.Empty,
                StreetAddress1 = EmptyToNull(location.GetString("streetAddress1")),
                StreetAddress2 = EmptyToNull(location.GetString("streetAddress2")),
                City = EmptyToNull(location.GetString("city")),
                State = EmptyToNull(location.GetString("state")),
                Zip = EmptyToNull(location.GetString("zip")),
                CxId = EmptyToNull(circuit.GetString("cxId")),
            };
        }

        /// <summary>
        /// Reads the error text of an error body: <c>message</c>, else <c>resultMessage</c>, else
        /// <c>error_description</c>. A body that is not valid JSON (the vendor's own expired-token example
        /// lacks a comma) is searched for those fields as text. Returns <c>null</c> when there is none.
        /// </summary>
        public static string? ReadErrorMessage(ReadOnlyMemory<byte> body)
        {
            if (body.IsEmpty)
            {
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body, DocumentOptions);
                JsonElement root = document.RootElement;
                return EmptyToNull(root.GetString("message"))
                    ?? EmptyToNull(root.GetString("resultMessage"))
                    ?? EmptyToNull(root.GetString("error_description"));
            }
            catch (JsonException)
            {
                return FindMessageInText(body);
            }
        }

        /// <summary>Reads the <c>resultCodeName</c> of an error body, for example INVALID_TOKEN.</summary>
        public static string? ReadResultCodeName(ReadOnlyMemory<byte> body)
        {
            if (body.IsEmpty)
            {
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body, DocumentOptions);
                return EmptyToNull(document.RootElement.GetString("resultCodeName"));
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>Parses "2 of 4" into (2, 4); anything else gives (0, 0).</summary>
        public static (int Value, int Total) ParseOfPair(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return (0, 0);
            }

            string[] parts = text!.Split(new[] { " of " }, StringSplitOptions.None);
            if (parts.Length == 2
                && int.TryParse(parts[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && int.TryParse(parts[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int total))
            {
                return (value, total);
            }

            return (0, 0);
        }

        private static string? FindMessageInText(ReadOnlyMemory<byte> body)
        {
            string text = Encoding.UTF8.GetString(body.ToArray());
            foreach (string field in new[] { "message", "resultMessage", "error_description" })
            {
                Match match = Regex.Match(text, "\"" + field + "\"\\s*:\\s*\"([^\"]*)\"");
                if (match.Success && !string.IsNullOrWhiteSpace(match.Groups[1].Value))
                {
                    return match.Groups[1].Value;
                }
            }

            return null;
        }

        private static SpectrumSiteAddress? ParseSiteAddress(JsonElement ticket)
        {
            if (!ticket.TryGetMember("siteAddress", out JsonElement address) || address.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new SpectrumSiteAddress
            {
                AddressLine1 = EmptyToNull(address.GetString("addressLine1")),
                City = EmptyToNull(address.GetString("city")),
                State = EmptyToNull(address.GetString("state")),
                Zip = EmptyToNull(address.GetString("zip5")),
                Latitude = EmptyToNull(address.GetString("latitude")),
                Longitude = EmptyToNull(address.GetString("longitude")),
            };
        }

        private static SpectrumTicketContact ParseContact(JsonElement contact) => new SpectrumTicketContact
        {
            Name = EmptyToNull(contact.GetString("name")),
            Type = EmptyToNull(contact.GetString("type")),
            PhoneNumber = EmptyToNull(contact.GetString("phoneNumber")),
            Email = EmptyToNull(contact.GetString("email")),
        };

        private static SpectrumTicketNote ParseNote(JsonElement note) => new SpectrumTicketNote
        {
            CreatedDate = note.GetDate("dateCreated", "dateCreatedYMD"),
            NoteType = EmptyToNull(note.GetString("noteType")),
            Note = note.GetString("note"),
        };

        private static SpectrumCustomerAction ParseCustomerAction(JsonElement action) => new SpectrumCustomerAction
        {
            Action = EmptyToNull(action.GetString("action")),
            StartTime = action.GetDate("startTime"),
            EndTime = action.GetDate("endTime"),
        };

        private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
