using System.Collections.Generic;
using System.Text;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>Builds the first note of a ticket created through the API, in the HTML layout of the vendor's example note.</summary>
internal static class CustomerNoteText
{
    public static string Build(CreateTicketRequest request, IReadOnlyList<string> circuitIds, string siteGuid, IEnumerable<string> impactedServices)
    {
        var text = new StringBuilder();
        if (circuitIds.Count > 0)
        {
            text.Append("Customer Provided CID: ").Append(string.Join(", ", circuitIds));
        }
        else
        {
            text.Append("Customer Provided Site: ").Append(siteGuid);
        }

        text.Append("<br><br><strong>Issue Description: </strong>").Append(request.IssueDescription);
        text.Append("<br><strong>Impacted Services: </strong>").Append(string.Join(", ", impactedServices));
        text.Append("<br><strong>Business Impact: </strong>").Append(request.BusinessImpact);
        text.Append("<br><strong>Does building have power? </strong>").Append(YesNo(request.BuildingPower));
        text.Append("<br><strong>Does equipment have power? </strong>").Append(YesNo(request.EquipmentPower));
        text.Append("<br><strong>Trouble Shooting Steps: </strong>").Append(request.TroubleShootingStepsTaken);
        if (request.SiteAccessStartTime is not null || request.SiteAccessEndTime is not null)
        {
            text.Append("<br><strong>Access Hours:</strong> ").Append(request.SiteAccessStartTime).Append(" to ").Append(request.SiteAccessEndTime);
        }

        text.Append("<br><strong>Additional Information: </strong>").Append(request.AdditionalInfo);
        return text.ToString();
    }

    // Omitted or null power fields mean the customer could not verify power.
    private static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "Not verified",
    };
}
