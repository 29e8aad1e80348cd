using System.Collections.Generic;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the organisation's ticketing sites (service locations) and their site GUIDs.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpectrumSite")]
    [OutputType(typeof(SpectrumSite))]
    public sealed class GetSpectrumSiteCommand : SpectrumCmdlet
    {
        /// <summary>Writes every site.</summary>
        protected override void ProcessRecord()
        {
            SpectrumClient client = GetClient();
            IReadOnlyList<SpectrumSite> sites;
            try
            {
                sites = Run((log, token) => client.GetSitesAsync(log, token));
            }
            catch (SpectrumApiException exception)
            {
                ThrowApiError(exception, target: null);
                return;
            }

            WriteObject(sites, enumerateCollection: true);
        }
    }
}
