using System;
using System.Net;
using System.Net.Sockets;
using Polly;

namespace SpectrumTicketing.Http
{
    /// <summary>Decides which failed attempts are transient, and which certainly left the server untouched.</summary>
    internal static class FailureClassifier
    {
        public static bool IsTransient(Outcome<ApiResponse> outcome)
        {
            if (outcome.Exception != null)
            {
                return outcome.Exception is TransportFailureException || outcome.Exception is AttemptTimeoutException;
            }

            return IsTransientStatus(outcome.Result!.StatusCode);
        }

        /// <summary>
        /// Whether a write may be sent again: the failure happened before the server processed the request.
        /// A 503 counts only with Retry-After, the server's explicit word that it did nothing and wants a retry.
        /// </summary>
        public static bool IsSafeToRepeatWrite(Outcome<ApiResponse> outcome)
        {
            if (outcome.Exception != null)
            {
                return outcome.Exception is TransportFailureException transport && transport.ConnectionRefused;
            }

            ApiResponse response = outcome.Result!;
            return response.StatusCode == HttpStatusCode.RequestTimeout
                || (int)response.StatusCode == 429
                || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.RetryAfter.HasValue);
        }

        public static bool IsTransientStatus(HttpStatusCode status) =>
            status == HttpStatusCode.RequestTimeout || (int)status == 429 || (int)status >= 500;

        /// <summary>Looks through the inner exceptions for a socket error that means no connection was made.</summary>
        public static bool IsConnectionRefused(Exception exception)
        {
            for (Exception? current = exception; current != null; current = current.InnerException)
            {
                if (current is SocketException socket)
                {
                    return socket.SocketErrorCode == SocketError.ConnectionRefused
                        || socket.SocketErrorCode == SocketError.HostNotFound
                        || socket.SocketErrorCode == SocketError.HostUnreachable
                        || socket.SocketErrorCode == SocketError.NetworkUnreachable;
                }
            }

            return false;
        }
    }
}
