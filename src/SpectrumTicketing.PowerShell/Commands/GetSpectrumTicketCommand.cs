using System;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets tickets of the last 12 months, or single tickets with their notes.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpectrumTicket", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(SpectrumTicket))]
    public sealed class GetSpectrumTicketCommand : SpectrumCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        private ulong idsSkipped;
        private ulong idsWritten;
        private ulong idsGiven;

        /// <summary>Ticket ids or ECT- numbers; bound from strings or the TicketId property of piped objects.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("TicketId")]
        [ValidateNotNullOrEmpty]
        public TicketIdentity[]? Id { get; set; }

        /// <summary>Only tickets with this status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet(TicketStatus.InProgress, TicketStatus.Closed)]
        public string? Status { get; set; }

        /// <summary>Only tickets opened on or after this time (local time unless the value carries a time zone).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? OpenedAfter { get; set; }

        /// <summary>Only tickets opened on or before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? OpenedBefore { get; set; }

        /// <summary>Only tickets updated on or after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedAfter { get; set; }

        /// <summary>Only tickets updated on or before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedBefore { get; set; }

        /// <summary>Only tickets resolved on or after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? ResolvedAfter { get; set; }

        /// <summary>Only tickets resolved on or before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? ResolvedBefore { get; set; }

        /// <summary>Only tickets closed on or after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? ClosedAfter { get; set; }

        /// <summary>Only tickets closed on or before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? ClosedBefore { get; set; }

        /// <summary>Checks the date ranges before anything is sent.</summary>
        protected override void BeginProcessing()
        {
            if (ParameterSetName != ListSet)
            {
                return;
            }

            ValidateRange(nameof(OpenedAfter), OpenedAfter, nameof(OpenedBefore), OpenedBefore);
            ValidateRange(nameof(UpdatedAfter), UpdatedAfter, nameof(UpdatedBefore), UpdatedBefore);
            ValidateRange(nameof(ResolvedAfter), ResolvedAfter, nameof(ResolvedBefore), ResolvedBefore);
            ValidateRange(nameof(ClosedAfter), ClosedAfter, nameof(ClosedBefore), ClosedBefore);
            WarnIfBeforeHistory();
        }

        /// <summary>Streams the matching tickets page by page, or writes each requested ticket.</summary>
        protected override void ProcessRecord()
        {
            SpectrumClient client = GetClient();
            if (ParameterSetName == ListSet)
            {
                WriteTicketList(client);
                return;
            }

            foreach (TicketIdentity ticket in Id!)
            {
                // -Skip and -First count the ids given, so paging works the same with -Id as with a list.
                idsGiven++;
                if (idsSkipped < PagingParameters.Skip)
                {
                    idsSkipped++;
                    continue;
                }

                if (idsWritten >= PagingParameters.First)
                {
                    continue;
                }

                try
                {
                    WriteObject(Run((log, token) => client.GetTicketAsync(ticket.Value, log, token)));
                    idsWritten++;
                }
                catch (SpectrumApiException exception)
                {
                    WriteApiError(exception, ticket.Value);
                }
            }
        }

        /// <summary>Writes the number of ids given when -IncludeTotalCount is set with -Id.</summary>
        protected override void EndProcessing()
        {
            if (ParameterSetName == ByIdSet && PagingParameters.IncludeTotalCount)
            {
                WriteObject(PagingParameters.NewTotalCount(idsGiven, 1.0));
            }
        }

        /// <summary>
        /// Writes each page as soon as it arrives and fetches the next only while more tickets are requested,
        /// so memory contains one page whatever the number of tickets.
        /// </summary>
        private void WriteTicketList(SpectrumClient client)
        {
            TicketQuery query = BuildQuery();
            ulong requested = PagingParameters.First;
            ulong skip = PagingParameters.Skip;
            if (requested == 0 && !PagingParameters.IncludeTotalCount)
            {
                return;
            }

            // NOTE: -Skip jumps whole pages assuming the API's documented page size of 25.
            int pageNumber = (int)Math.Min(skip / TicketPaging.PageSize, int.MaxValue - 1) + 1;
            int offset = (int)(skip % TicketPaging.PageSize);
            ulong written = 0;
            bool totalWritten = false;

            while (true)
            {
                int page = pageNumber;
                SpectrumTicketPage result;
                try
                {
                    result = Run((log, token) => client.GetTicketPageAsync(query, page, log, token));
                }
                catch (SpectrumApiException exception)
                {
                    ThrowApiError(exception, target: null);
                    return;
                }

                if (PagingParameters.IncludeTotalCount && !totalWritten)
                {
                    WriteObject(PagingParameters.NewTotalCount((ulong)result.TotalCount, 1.0));
                    totalWritten = true;
                }

                for (int index = offset; index < result.Tickets.Count && written < requested; index++)
                {
                    WriteObject(result.Tickets[index]);
                    written++;
                }

                offset = 0;
                if (written >= requested || !TicketPaging.HasNextPage(result))
                {
                    return;
                }

                pageNumber++;
            }
        }

        private TicketQuery BuildQuery() => new TicketQuery
        {
            Status = TicketStatus.Normalize(Status),
            OpenedAfter = OpenedAfter,
            OpenedBefore = OpenedBefore,
            UpdatedAfter = UpdatedAfter,
            UpdatedBefore = UpdatedBefore,
            ResolvedAfter = ResolvedAfter,
            ResolvedBefore = ResolvedBefore,
            ClosedAfter = ClosedAfter,
            ClosedBefore = ClosedBefore,
        };

        /// <summary>Warns once when a filter reaches back further than the 12 months of history the API keeps.</summary>
        private void WarnIfBeforeHistory()
        {
            DateTime historyStart = DateTime.UtcNow.AddMonths(-12);
            var filters = new (string Name, DateTime? Value)[]
            {
                (nameof(OpenedAfter), OpenedAfter), (nameof(OpenedBefore), OpenedBefore),
                (nameof(UpdatedAfter), UpdatedAfter), (nameof(UpdatedBefore), UpdatedBefore),
                (nameof(ResolvedAfter), ResolvedAfter), (nameof(ResolvedBefore), ResolvedBefore),
                (nameof(ClosedAfter), ClosedAfter), (nameof(ClosedBefore), ClosedBefore),
            };

            foreach ((string name, DateTime? value) in filters)
            {
                if (value.HasValue && value.Value.ToUniversalTime() < historyStart)
                {
                    WriteWarning(ModuleMessages.BeforeHistory(name, value.Value, historyStart));
                    return;
                }
            }
        }

        private void ValidateRange(string afterName, DateTime? after, string beforeName, DateTime? before)
        {
            if (after.HasValue && before.HasValue && after.Value.ToUniversalTime() > before.Value.ToUniversalTime())
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidArgument(
                    ErrorIds.InvalidDateRange,
                    ModuleMessages.InvalidDateRange(afterName, after.Value, beforeName, before.Value),
                    after.Value));
            }
        }
    }
}
