using System.Collections.Generic;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the organisation's circuits, or the circuits with the given ids.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpectrumCircuit", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(SpectrumCircuit))]
    public sealed class GetSpectrumCircuitCommand : SpectrumCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        /// <summary>
        /// Circuit ids to look up. Also bound from the CircuitId property, or the ImpactedCircuits of a ticket.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("ImpactedCircuits")]
        [AllowEmptyCollection]
        public string[]? CircuitId { get; set; }

        /// <summary>Writes every circuit, or each requested circuit; a missing one is a non-terminating error.</summary>
        protected override void ProcessRecord()
        {
            SpectrumClient client = GetClient();
            if (ParameterSetName == ListSet)
            {
                WriteAllCircuits(client);
                return;
            }

            // A piped ticket without impacted circuits binds an empty list; it names no circuit to look up.
            foreach (string circuitId in CircuitId!)
            {
                if (string.IsNullOrWhiteSpace(circuitId))
                {
                    continue;
                }

                string trimmed = circuitId.Trim();
                try
                {
                    WriteObject(Run((log, token) => client.GetCircuitAsync(trimmed, log, token)));
                }
                catch (SpectrumApiException exception)
                {
                    WriteApiError(exception, circuitId, ErrorIds.CircuitNotFound);
                }
            }
        }

        private void WriteAllCircuits(SpectrumClient client)
        {
            IReadOnlyList<SpectrumCircuit> circuits;
            try
            {
                circuits = Run((log, token) => client.GetCircuitsAsync(log, token));
            }
            catch (SpectrumApiException exception)
            {
                ThrowApiError(exception, target: null);
                return;
            }

            WriteObject(circuits, enumerateCollection: true);
        }
    }
}
