using System;
using System.Net;

namespace SpectrumTicketing.Errors
{
    /// <summary>The requested ticket or circuit does not exist (the API responds with 204 No Content).</summary>
    public sealed class SpectrumNotFoundException : SpectrumApiException
    {
        /// <summary>Creates the exception.</summary>
        public SpectrumNotFoundException(string message, HttpStatusCode? statusCode = null, string? apiMessage = null,
            string? transactionId = null, Exception? innerException = null)
            : base(message, statusCode, apiMessage, transactionId, innerException)
        {
        }
    }
}
