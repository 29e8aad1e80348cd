using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SpectrumTicketing.Simulator.Auth;
using SpectrumTicketing.Simulator.Data;
using SpectrumTicketing.Simulator.Hosting;

namespace SpectrumTicketing.Simulator.Endpoints;

/// <summary>
/// POST /tickets/{id}/attachments: a multipart form with one "file" part and a "submitterId" field.
/// The simulator keeps the file's name, size, content type and SHA-256, not its bytes.
/// </summary>
internal static class AttachmentEndpoint
{
    /// <summary>The vendor's "1 MB" limit, which is Spring's default upload limit of 1,048,576 bytes.</summary>
    public const long MaxFileBytes = 1_048_576;

    private static readonly string[] AllowedExtensions =
        ["jpg", "png", "gif", "xlsx", "xls", "csv", "xml", "pdf", "docx", "doc", "txt", "msg", "zip"];

    public static async Task<ApiResult> HandleAsync(HttpContext context, SimulatorState state, string id)
    {
        if (!context.Request.HasFormContentType
            || !context.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResult.BadRequest("Current request is not a multipart request");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0)
        {
            return ApiResult.BadRequest("Required request part 'file' is not present");
        }

        if (files.Count > 1)
        {
            return ApiResult.BadRequest($"Only one file can be attached per request, but {files.Count} were given");
        }

        var submitterId = form["submitterId"].ToString();
        if (string.IsNullOrWhiteSpace(submitterId))
        {
            return ApiResult.BadRequest("Required request parameter 'submitterId' for method parameter type String is not present");
        }

        var file = files[0];
        var fileName = FileNameOf(file);
        if (file.Length > MaxFileBytes)
        {
            return ApiResult.BadRequest($"Maximum upload size exceeded: file '{fileName}' is {file.Length} bytes and the limit is {MaxFileBytes} bytes (1 MB)");
        }

        var extension = Path.GetExtension(fileName).TrimStart('.');
        if (!AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return ApiResult.BadRequest($"File type of '{fileName}' is not allowed. Allowed types: {string.Join(", ", AllowedExtensions)}");
        }

        string sha256;
        await using (var content = file.OpenReadStream())
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, context.RequestAborted));
        }

        var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
        var caller = BearerTokenFilter.CallerOf(context);
        Ticket ticket;
        lock (state.Store.SyncRoot)
        {
            var found = EditableTicketLookup.Find(state.Store, caller, id, out var lookupError);
            if (found is null)
            {
                return lookupError!;
            }

            ticket = found;
            ticket.Attachments.Add(new StoredAttachment(fileName, file.Length, contentType, sha256, submitterId));
            ticket.DateUpdated = state.Clock.UtcNowSeconds;
        }

        state.Counters.CountAttachmentAdded();
        return TicketIdResponse.For(ticket.Id);
    }

    // filename* (RFC 5987, UTF-8) wins over filename, which may itself be MIME-encoded or raw UTF-8.
    private static string FileNameOf(IFormFile file)
    {
        if (ContentDispositionHeaderValue.TryParse(file.ContentDisposition, out var disposition))
        {
            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName;
            if (name.HasValue)
            {
                return name.Value!;
            }
        }

        return file.FileName;
    }
}
