using System.Net;
using System.Text.RegularExpressions;
using SpectrumTicketing.Errors;

namespace SpectrumTicketing
{
    /// <summary>Short phrases for statuses, retry counts and failures, shared by the message classes.</summary>
    internal static class FailureText
    {
        private static readonly Regex WordStart = new Regex("(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant);

        /// <summary>Formats a status as "502 Bad Gateway".</summary>
        public static string Status(HttpStatusCode status) => $"{(int)status} {WordStart.Replace(status.ToString(), " ")}";

        /// <summary>Formats a retry count as "no retries", "1 retry" or "3 retries".</summary>
        public static string Retries(int retries)
        {
            if (retries == 0)
            {
                return "no retries";
            }

            return retries == 1 ? "1 retry" : $"{retries} retries";
        }

        /// <summary>Describes why a write may or may not have been applied, for warnings and errors.</summary>
        public static string Describe(SpectrumApiException exception)
        {
            switch (exception)
            {
                case SpectrumConnectionException _:
                    return "no response arrived: the connection dropped or timed out";
                case SpectrumInvalidResponseException _:
                    return "the response was cut short or was not valid JSON";
                default:
                    return exception.StatusCode.HasValue ? "the API responded with " + Status(exception.StatusCode.Value) : exception.Message;
            }
        }
    }
}
