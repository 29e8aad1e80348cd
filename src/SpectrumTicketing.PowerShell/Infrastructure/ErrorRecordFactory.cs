using System;
using System.Management.Automation;
using SpectrumTicketing.Errors;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>Builds every ErrorRecord of the module: the exception, a stable id, a category and the user's value.</summary>
    internal static class ErrorRecordFactory
    {
        private const string NotEditableMessage = "not in editable state";

        // The note and attachment endpoints respond to an unknown ticket id with 400 and this text, not 204.
        private const string TicketNotFoundMessage = "Ticket not found";

        public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target,
            Exception? innerException = null)
        {
            var exception = new InvalidOperationException(message, innerException);
            return new ErrorRecord(exception, errorId, category, target);
        }

        public static ErrorRecord InvalidArgument(string errorId, string message, object? target) =>
            new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

        /// <summary>
        /// Wraps an API failure. <paramref name="notFoundId"/> names the id for a 204 on a single record
        /// (TicketNotFound or CircuitNotFound).
        /// </summary>
        public static ErrorRecord FromApiException(SpectrumApiException exception, object? target, string notFoundId = ErrorIds.TicketNotFound)
        {
            (string errorId, ErrorCategory category) = Classify(exception, notFoundId);
            var record = new ErrorRecord(exception, errorId, category, target);
            if (errorId == ErrorIds.TicketNotEditable)
            {
                record.ErrorDetails = new ErrorDetails(ModuleMessages.TicketNotEditable(target?.ToString() ?? string.Empty, exception.TransactionId));
            }
            else if (exception.ApiMessage != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message)
                {
                    RecommendedAction = exception.TransactionId is null ? null : $"Quote transaction {exception.TransactionId} to vendor support.",
                };
            }

            return record;
        }

        private static (string ErrorId, ErrorCategory Category) Classify(SpectrumApiException exception, string notFoundId)
        {
            switch (exception)
            {
                case SpectrumAuthenticationException _:
                    return (ErrorIds.AuthenticationFailed, ErrorCategory.AuthenticationError);
                case SpectrumPermissionDeniedException _:
                    return (ErrorIds.PermissionDenied, ErrorCategory.PermissionDenied);
                case SpectrumNotFoundException _:
                    return (notFoundId, ErrorCategory.ObjectNotFound);
                case SpectrumBadRequestException badRequest
                    when badRequest.ApiMessage?.IndexOf(NotEditableMessage, StringComparison.OrdinalIgnoreCase) >= 0:
                    return (ErrorIds.TicketNotEditable, ErrorCategory.InvalidOperation);
                case SpectrumBadRequestException badRequest
                    when string.Equals(badRequest.ApiMessage?.Trim(), TicketNotFoundMessage, StringComparison.OrdinalIgnoreCase):
                    return (ErrorIds.TicketNotFound, ErrorCategory.ObjectNotFound);
                case SpectrumBadRequestException _:
                    return (ErrorIds.BadRequest, ErrorCategory.InvalidArgument);
                case SpectrumRateLimitedException _:
                    return (ErrorIds.RateLimited, ErrorCategory.LimitsExceeded);
                case SpectrumConnectionException _:
                    return (ErrorIds.ConnectionFailed, ErrorCategory.ConnectionError);
                case SpectrumInvalidResponseException _:
                    return (ErrorIds.InvalidResponse, ErrorCategory.InvalidResult);
                case SpectrumWriteOutcomeUnknownException _:
                    return (ErrorIds.WriteOutcomeUnknown, ErrorCategory.OperationTimeout);
                default:
                    return (ErrorIds.ServerError, ErrorCategory.ResourceUnavailable);
            }
        }
    }
}
