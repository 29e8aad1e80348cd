using System.Collections.Generic;
using System.Linq;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>The body of POST /tickets after binding; absent and null fields are null.</summary>
internal sealed class CreateTicketRequest
{
    public string? SiteGuid { get; private init; }

    public List<string>? Circuits { get; private init; }

    public string? SubmitterId { get; private init; }

    public bool? Alarm { get; private init; }

    public string? IssueDescription { get; private init; }

    public string? CustomerTicketId { get; private init; }

    public string? BusinessImpact { get; private init; }

    public bool? BuildingPower { get; private init; }

    public bool? EquipmentPower { get; private init; }

    public string? TroubleShootingStepsTaken { get; private init; }

    public List<ContactRequest>? Contacts { get; private init; }

    public string? SiteAccessStartTime { get; private init; }

    public string? SiteAccessEndTime { get; private init; }

    public string? AdditionalInfo { get; private init; }

    public static CreateTicketRequest Bind(RequestFields fields)
    {
        var contacts = fields.ObjectList("contacts")?.Select(contact =>
        {
            var bound = new ContactRequest(
                contact.String("type"),
                contact.String("firstName"),
                contact.String("lastName"),
                contact.String("phoneNumber"),
                contact.String("email"));
            fields.Absorb(contact);
            return bound;
        }).ToList();

        return new CreateTicketRequest
        {
            SiteGuid = fields.String("siteGuid"),
            Circuits = fields.StringList("circuits"),
            SubmitterId = fields.String("submitterId"),
            Alarm = fields.Boolean("alarm"),
            IssueDescription = fields.String("issueDescription"),
            CustomerTicketId = fields.String("customerTicketId"),
            BusinessImpact = fields.String("businessImpact"),
            BuildingPower = fields.Boolean("buildingPower"),
            EquipmentPower = fields.Boolean("equipmentPower"),
            TroubleShootingStepsTaken = fields.String("troubleShootingStepsTaken"),
            Contacts = contacts,
            SiteAccessStartTime = fields.String("siteAccessStartTime"),
            SiteAccessEndTime = fields.String("siteAccessEndTime"),
            AdditionalInfo = fields.String("additionalInfo"),
        };
    }
}
