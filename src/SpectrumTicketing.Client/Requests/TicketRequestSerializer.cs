using System.IO;
using System.Text.Json;

namespace SpectrumTicketing.Requests
{
    /// <summary>Writes request bodies with the vendor's field names, leaving out optional fields without a value.</summary>
    internal static class TicketRequestSerializer
    {
        public static byte[] SerializeTicket(NewTicketRequest request)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                WriteIfPresent(writer, "siteGuid", request.SiteGuid);
                if (request.Circuits.Count > 0)
                {
                    writer.WriteStartArray("circuits");
                    foreach (string circuit in request.Circuits)
                    {
                        writer.WriteStringValue(circuit);
                    }

                    writer.WriteEndArray();
                }

                WriteIfPresent(writer, "submitterId", request.SubmitterId);
                WriteIfPresent(writer, "alarm", request.Alarm);
                WriteIfPresent(writer, "issueDescription", request.IssueDescription);
                WriteIfPresent(writer, "issueStartDate", request.IssueStartDate);
                WriteIfPresent(writer, "issueStartTime", request.IssueStartTime);
                WriteIfPresent(writer, "customerTicketId", request.CustomerTicketId);
                WriteIfPresent(writer, "businessImpact", request.BusinessImpact);
                WriteIfPresent(writer, "buildingPower", request.BuildingPower);
                WriteIfPresent(writer, "equipmentPower", request.EquipmentPower);
                WriteIfPresent(writer, "troubleShootingStepsTaken", request.TroubleshootingSteps);
                writer.WriteStartArray("contacts");
                foreach (NewTicketContact contact in request.Contacts)
                {
                    writer.WriteStartObject();
                    WriteIfPresent(writer, "type", contact.Type);
                    WriteIfPresent(writer, "firstName", contact.FirstName);
                    WriteIfPresent(writer, "lastName", contact.LastName);
                    WriteIfPresent(writer, "phoneNumber", contact.PhoneNumber);
                    WriteIfPresent(writer, "email", contact.Email);
                    WriteIfPresent(writer, "availableStartTime", contact.AvailableStartTime);
                    WriteIfPresent(writer, "availableEndTime", contact.AvailableEndTime);
                    WriteIfPresent(writer, "unavailableDays", contact.UnavailableDays);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                WriteIfPresent(writer, "siteAccessStartTime", request.SiteAccessStartTime);
                WriteIfPresent(writer, "siteAccessEndTime", request.SiteAccessEndTime);
                WriteIfPresent(writer, "additionalInfo", request.AdditionalInfo);
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        public static byte[] SerializeNote(string note, string submitterId, NoteAction action)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("note", note);
                writer.WriteString("submitterId", submitterId);
                writer.WriteString("action", ToApiValue(action));
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        /// <summary>Returns the API's spelling of a note action.</summary>
        public static string ToApiValue(NoteAction action) =>
            action == NoteAction.CustomerClosure ? "Customer-Closure" : "Customer-Note";

        private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                writer.WriteString(name, value!.Trim());
            }
        }

        private static void WriteIfPresent(Utf8JsonWriter writer, string name, bool? value)
        {
            if (value.HasValue)
            {
                writer.WriteBoolean(name, value.Value);
            }
        }
    }
}
