using System.Text.Json;
using SpectrumTicketing.Simulator.Data;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Writes the ticket object in the vendor's field order.</summary>
internal static class TicketJsonWriter
{
    /// <summary>
    /// Writes <paramref name="ticket"/>. With <paramref name="withDetails"/> (GET /tickets/{id}) the object also
    /// carries customerActionMinuteDetails and notes, and dates use the "Z" form.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Ticket ticket, bool withDetails)
    {
        writer.WriteStartObject();
        writer.WriteString("id", ticket.Id);
        writer.WriteString("spectrumTicketNumber", ticket.SpectrumTicketNumber);
        writer.WriteString("customerTicketNumber", ticket.CustomerTicketNumber);
        writer.WriteString("billingAccountNumber", ticket.BillingAccountNumber);
        writer.WriteString("status", ticket.Status);
        writer.WriteString("ticketReportSource", ticket.TicketReportSource);
        writer.WriteBoolean("needsClientAttention", ticket.NeedsClientAttention);
        writer.WriteString("businessImpact", ticket.BusinessImpact);
        writer.WritePropertyName("impactedServices");
        writer.WriteRawValue(ticket.ImpactedServicesJson, skipInputValidation: true);
        WriteStrings(writer, "impactedCircuits", ticket.ImpactedCircuits);
        writer.WriteString("siteGuid", ticket.SiteGuid);
        WriteSiteAddress(writer, ticket.SiteAddress);
        WriteStrings(writer, "siteContacts", ticket.SiteContacts);
        writer.WriteStartArray("contacts");
        foreach (var contact in ticket.Contacts)
        {
            writer.WriteStartObject();
            writer.WriteString("name", contact.Name);
            writer.WriteString("type", contact.Type);
            writer.WriteString("phoneNumber", contact.PhoneNumber);
            writer.WriteString("email", contact.Email);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("ticketType", ticket.TicketType);
        writer.WriteString("ticketSubType", ticket.TicketSubType);
        writer.WriteString("assignedAction", ticket.AssignedAction);
        WriteDate(writer, "dateCreated", ticket.DateCreated, withDetails);
        WriteDate(writer, "dateUpdated", ticket.DateUpdated, withDetails);
        WriteDate(writer, "dateResolved", ticket.DateResolved, withDetails);
        WriteDate(writer, "dateClosed", ticket.DateClosed, withDetails);
        writer.WriteString("resolutionCode", ticket.ResolutionCode);
        writer.WriteString("resolutionMessage", ticket.ResolutionMessage);
        if (withDetails)
        {
            WriteDetails(writer, ticket);
        }

        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, Ticket ticket)
    {
        writer.WriteStartArray("customerActionMinuteDetails");
        foreach (var period in ticket.CustomerActionMinuteDetails)
        {
            writer.WriteStartObject();
            writer.WriteString("action", period.Action);
            writer.WriteNumber("startTime", period.StartTime);
            writer.WriteNumber("endTime", period.EndTime);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in ticket.Notes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("dateCreated", note.DateCreated);
            writer.WriteString("dateCreatedYMD", ReadableDate.Format(note.DateCreated, zuluSuffix: true));
            writer.WriteString("noteType", note.NoteType);
            writer.WriteString("note", note.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSiteAddress(Utf8JsonWriter writer, SiteAddress address)
    {
        writer.WriteStartObject("siteAddress");
        writer.WriteString("id", address.Id);
        writer.WriteString("addressLine1", address.AddressLine1);
        writer.WriteString("city", address.City);
        writer.WriteString("state", address.State);
        writer.WriteString("zip5", address.Zip5);
        writer.WriteString("latitude", address.Latitude);
        writer.WriteString("longitude", address.Longitude);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, long epochSeconds, bool zuluSuffix)
    {
        writer.WriteNumber(name, epochSeconds);
        writer.WriteString(name + "YMD", ReadableDate.Format(epochSeconds, zuluSuffix));
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
