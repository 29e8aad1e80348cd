using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly;
using SpectrumTicketing.Http;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class FailureClassifierTests
    {
        private static Outcome<ApiResponse> Response(int status, TimeSpan? retryAfter = null) =>
            Outcome.FromResult(new ApiResponse((HttpStatusCode)status, ReadOnlyMemory<byte>.Empty, "txn-1") { RetryAfter = retryAfter });

        private static Outcome<ApiResponse> Failure(Exception exception) => Outcome.FromException<ApiResponse>(exception);

        private static TransportFailureException Transport(bool refused) =>
            new TransportFailureException("txn-1", refused, new HttpRequestException("failed"));

        public class IsSafeToRepeatWrite
        {
            [Theory]
            [InlineData(408)]
            [InlineData(429)]
            public void AcceptsStatusSentBeforeProcessing(int status)
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Response(status));

                Assert.True(safe);
            }

            [Fact]
            public void AcceptsServiceUnavailableWithRetryAfter()
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Response(503, TimeSpan.FromSeconds(5)));

                Assert.True(safe);
            }

            [Fact]
            public void AcceptsRefusedConnection()
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Failure(Transport(refused: true)));

                Assert.True(safe);
            }

            [Theory]
            [InlineData(500)]
            [InlineData(502)]
            [InlineData(503)]
            [InlineData(504)]
            [InlineData(400)]
            [InlineData(401)]
            [InlineData(200)]
            public void RejectsStatusThatMayFollowProcessing(int status)
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Response(status));

                Assert.False(safe);
            }

            [Theory]
            [InlineData(500)]
            [InlineData(502)]
            [InlineData(504)]
            public void IgnoresRetryAfterOnOtherServerErrors(int status)
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Response(status, TimeSpan.FromSeconds(5)));

                Assert.False(safe);
            }

            [Fact]
            public void RejectsDroppedConnection()
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Failure(Transport(refused: false)));

                Assert.False(safe);
            }

            [Fact]
            public void RejectsTimedOutAttempt()
            {
                bool safe = FailureClassifier.IsSafeToRepeatWrite(Failure(new AttemptTimeoutException("txn-1", TimeSpan.FromSeconds(100))));

                Assert.False(safe);
            }
        }

        public class IsTransient
        {
            [Theory]
            [InlineData(408)]
            [InlineData(429)]
            [InlineData(500)]
            [InlineData(502)]
            [InlineData(503)]
            [InlineData(504)]
            public void AcceptsTransientStatus(int status)
            {
                bool transient = FailureClassifier.IsTransient(Response(status));

                Assert.True(transient);
            }

            [Theory]
            [InlineData(200)]
            [InlineData(204)]
            [InlineData(400)]
            [InlineData(401)]
            [InlineData(403)]
            [InlineData(404)]
            public void RejectsFinalStatus(int status)
            {
                bool transient = FailureClassifier.IsTransient(Response(status));

                Assert.False(transient);
            }

            [Fact]
            public void AcceptsTransportFailureAndTimeout()
            {
                Assert.True(FailureClassifier.IsTransient(Failure(Transport(refused: false))));
                Assert.True(FailureClassifier.IsTransient(Failure(Transport(refused: true))));
                Assert.True(FailureClassifier.IsTransient(Failure(new AttemptTimeoutException("txn-1", TimeSpan.FromSeconds(1)))));
            }

            [Fact]
            public void RejectsOtherExceptions()
            {
                bool transient = FailureClassifier.IsTransient(Failure(new InvalidOperationException("bug")));

                Assert.False(transient);
            }
        }

        public class IsConnectionRefused
        {
            [Theory]
            [InlineData(SocketError.ConnectionRefused)]
            [InlineData(SocketError.HostNotFound)]
            [InlineData(SocketError.HostUnreachable)]
            [InlineData(SocketError.NetworkUnreachable)]
            public void AcceptsSocketErrorBeforeConnect(SocketError error)
            {
                var exception = new HttpRequestException("failed", new SocketException((int)error));

                bool refused = FailureClassifier.IsConnectionRefused(exception);

                Assert.True(refused);
            }

            [Theory]
            [InlineData(SocketError.ConnectionReset)]
            [InlineData(SocketError.ConnectionAborted)]
            [InlineData(SocketError.TimedOut)]
            public void RejectsSocketErrorAfterConnect(SocketError error)
            {
                var exception = new HttpRequestException("failed", new IOException("dropped", new SocketException((int)error)));

                bool refused = FailureClassifier.IsConnectionRefused(exception);

                Assert.False(refused);
            }

            [Fact]
            public void FindsDeeplyNestedSocketError()
            {
                var exception = new HttpRequestException("failed", new IOException("io", new SocketException((int)SocketError.ConnectionRefused)));

                bool refused = FailureClassifier.IsConnectionRefused(exception);

                Assert.True(refused);
            }

            [Fact]
            public void RejectsFailureWithoutSocketError()
            {
                bool refused = FailureClassifier.IsConnectionRefused(new HttpRequestException("The response ended prematurely."));

                Assert.False(refused);
            }
        }
    }
}
