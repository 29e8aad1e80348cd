namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Error ids of the module. They form the first part of each error's FullyQualifiedErrorId, which scripts
    /// match on, so a published id never changes.
    /// </summary>
    internal static class ErrorIds
    {
        public const string NotConnected = "NotConnected";
        public const string MissingCredential = "MissingCredential";
        public const string InvalidBaseUri = "InvalidBaseUri";
        public const string AuthenticationFailed = "AuthenticationFailed";
        public const string PermissionDenied = "PermissionDenied";
        public const string TicketNotFound = "TicketNotFound";
        public const string CircuitNotFound = "CircuitNotFound";
        public const string BadRequest = "BadRequest";
        public const string TicketNotEditable = "TicketNotEditable";
        public const string RateLimited = "RateLimited";
        public const string ServerError = "ServerError";
        public const string ConnectionFailed = "ConnectionFailed";
        public const string InvalidResponse = "InvalidResponse";
        public const string InvalidDateRange = "InvalidDateRange";
        public const string InvalidTicketRequest = "InvalidTicketRequest";
        public const string InvalidNote = "InvalidNote";
        public const string MissingSubmitter = "MissingSubmitter";
        public const string InvalidSubmitter = "InvalidSubmitter";
        public const string AttachmentNotFound = "AttachmentNotFound";
        public const string AttachmentTooLarge = "AttachmentTooLarge";
        public const string AttachmentTypeNotAllowed = "AttachmentTypeNotAllowed";
        public const string WriteOutcomeUnknown = "WriteOutcomeUnknown";
    }
}
