using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using SpectrumTicketing.Errors;
using SpectrumTicketing.Models;
using SpectrumTicketing.Requests;

namespace SpectrumTicketing.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Attaches files (1 MB at most each, of the types the API accepts) to a ticket.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "SpectrumTicketAttachment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SpectrumTicket))]
    public sealed class AddSpectrumTicketAttachmentCommand : TicketUpdateCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        /// <summary>Files to attach; wildcards are expanded.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Path { get; set; }

        /// <summary>Files to attach, names taken as written; bound from the PSPath of piped files.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[]? LiteralPath { get; set; }

        /// <summary>Checks each file, calls ShouldProcess and uploads it.</summary>
        protected override void ProcessRecord()
        {
            foreach (string file in ResolveFiles())
            {
                if (!ValidateFile(file))
                {
                    continue;
                }

                string? submitter = ResolveSubmitterId();
                if (submitter is null || !ShouldProcess($"ticket {Ticket!.Value}", $"Attach '{file}'"))
                {
                    continue;
                }

                SpectrumClient client = GetClient();
                string? ticketId = ResolveTicketId(client, Ticket);
                if (ticketId is null)
                {
                    return;
                }

                try
                {
                    Run((log, token) => client.AddAttachmentAsync(ticketId, file, submitter, log, token));
                }
                catch (SpectrumApiException exception)
                {
                    WriteApiError(exception, Ticket.Value);
                    continue;
                }

                WritePassThru(client, ticketId);
            }
        }

        private IEnumerable<string> ResolveFiles()
        {
            var files = new List<string>();
            if (ParameterSetName == LiteralPathSet)
            {
                foreach (string path in LiteralPath!)
                {
                    files.Add(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path));
                }

                return files;
            }

            foreach (string path in Path!)
            {
                Collection<string> resolved;
                ProviderInfo provider;
                try
                {
                    resolved = GetResolvedProviderPathFromPSPath(path, out provider);
                }
                catch (ItemNotFoundException)
                {
                    WriteError(ErrorRecordFactory.Create(
                        ErrorIds.AttachmentNotFound, ErrorCategory.ObjectNotFound, ModuleMessages.AttachmentNotFound(path), path));
                    continue;
                }

                if (provider.Name != "FileSystem")
                {
                    WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.AttachmentNotFound, ModuleMessages.AttachmentNotFileSystem(path), path));
                    continue;
                }

                if (resolved.Count == 0)
                {
                    // A wildcard that matches nothing resolves to an empty list instead of throwing.
                    WriteError(ErrorRecordFactory.Create(
                        ErrorIds.AttachmentNotFound, ErrorCategory.ObjectNotFound, ModuleMessages.AttachmentNotFound(path), path));
                    continue;
                }

                files.AddRange(resolved);
            }

            return files;
        }

        private bool ValidateFile(string file)
        {
            if (Directory.Exists(file))
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.AttachmentNotFound, ModuleMessages.AttachmentIsFolder(file), file));
                return false;
            }

            var info = new FileInfo(file);
            if (!info.Exists)
            {
                WriteError(ErrorRecordFactory.Create(
                    ErrorIds.AttachmentNotFound, ErrorCategory.ObjectNotFound, ModuleMessages.AttachmentNotFound(file), file));
                return false;
            }

            if (AttachmentRules.ContentTypeFor(info.Name) is null)
            {
                WriteError(ErrorRecordFactory.InvalidArgument(ErrorIds.AttachmentTypeNotAllowed,
                    ModuleMessages.AttachmentTypeNotAllowed(file, AttachmentRules.AllowedExtensions), file));
                return false;
            }

            if (info.Length > FieldLimits.MaxAttachmentBytes)
            {
                WriteError(new ErrorRecord(
                    new IOException(ModuleMessages.AttachmentTooLarge(file, info.Length, FieldLimits.MaxAttachmentBytes)),
                    ErrorIds.AttachmentTooLarge, ErrorCategory.LimitsExceeded, file));
                return false;
            }

            return true;
        }
    }
}
