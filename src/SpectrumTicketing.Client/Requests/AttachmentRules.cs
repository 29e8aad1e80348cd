using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpectrumTicketing.Requests
{
    /// <summary>File types and size the attachment endpoint accepts, and the content type sent for each.</summary>
    public static class AttachmentRules
    {
        private static readonly Dictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".jpg"] = "image/jpeg",
            [".png"] = "image/png",
            [".gif"] = "image/gif",
            [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            [".xls"] = "application/vnd.ms-excel",
            [".csv"] = "text/csv",
            [".xml"] = "application/xml",
            [".pdf"] = "application/pdf",
            [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            [".doc"] = "application/msword",
            [".txt"] = "text/plain",
            [".msg"] = "application/vnd.ms-outlook",
            [".zip"] = "application/zip",
        };

        /// <summary>The allowed extensions, as a readable list for messages.</summary>
        public static string AllowedExtensions => string.Join(", ", ContentTypes.Keys.Select(extension => extension.TrimStart('.')));

        /// <summary>Returns the content type for a file name, or <c>null</c> when its type is not allowed.</summary>
        public static string? ContentTypeFor(string fileName) =>
            ContentTypes.TryGetValue(Path.GetExtension(fileName), out string? contentType) ? contentType : null;
    }
}
