using System;
using System.Net;

namespace SpectrumTicketing.Http
{
    /// <summary>Status, body and ids of one attempt that got a response. The body is read whole: one page at most.</summary>
    internal sealed class ApiResponse
    {
        public ApiResponse(HttpStatusCode statusCode, ReadOnlyMemory<byte> body, string transactionId)
        {
            StatusCode = statusCode;
            Body = body;
            TransactionId = transactionId;
        }

        public HttpStatusCode StatusCode { get; }

        public ReadOnlyMemory<byte> Body { get; }

        /// <summary>The X_TXN_ID sent with the request that got this response.</summary>
        public string TransactionId { get; }

        /// <summary>Delay the server asked for in a Retry-After header, if any.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>Number of retries made before this response arrived.</summary>
        public int Retries { get; set; }

        public bool IsSuccess => (int)StatusCode >= 200 && (int)StatusCode < 300;
    }
}
