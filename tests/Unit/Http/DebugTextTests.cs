using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using SpectrumTicketing.Http;
using Xunit;

namespace SpectrumTicketing.Tests.Http
{
    public class DebugTextTests
    {
        public class MaskSecrets
        {
            [Theory]
            [InlineData("{\"client_secret\": \"abc,def ghi\"}", "def")]
            [InlineData("{\"access_token\": \"abc def\"}", "def")]
            [InlineData("{\"access_token\": \"abc\\\"def\"}", "def")]
            public void MasksWholeJsonValue(string text, string secretPart)
            {
                string masked = DebugText.MaskSecrets(text);

                Assert.DoesNotContain(secretPart, masked);
            }

            [Theory]
            [InlineData("{\"access_token\": \"eyJhbGciOi.abc\", \"expires_in\": 3600}", "eyJhbGciOi.abc", "\"access_token\": \"***\"")]
            [InlineData("{\"access_token\":\"eyJhbGciOi.abc\"}", "eyJhbGciOi.abc", "\"access_token\":\"***\"")]
            [InlineData("{\"client_secret\": \"s3cret\"}", "s3cret", "\"client_secret\": \"***\"")]
            [InlineData("{\"Access_Token\": \"eyJhbGciOi.abc\"}", "eyJhbGciOi.abc", "\"Access_Token\": \"***\"")]
            [InlineData("grant_type=client_credentials&client_id=client-1&client_secret=s3cr%3Dt", "s3cr%3Dt", "client_secret=***")]
            [InlineData("client_secret=s3cret&grant_type=client_credentials", "s3cret", "client_secret=***&grant_type=client_credentials")]
            [InlineData("access_token=eyJhbGciOi.abc&token_type=bearer", "eyJhbGciOi.abc", "access_token=***&token_type=bearer")]
            public void MasksSecretValue(string text, string secret, string expectedPart)
            {
                string masked = DebugText.MaskSecrets(text);

                Assert.DoesNotContain(secret, masked);
                Assert.Contains(expectedPart, masked);
            }

            [Fact]
            public void KeepsOtherFields()
            {
                string text = "grant_type=client_credentials&client_id=client-1&client_secret=s3cret";

                string masked = DebugText.MaskSecrets(text);

                Assert.Equal("grant_type=client_credentials&client_id=client-1&client_secret=***", masked);
            }

            [Fact]
            public void MasksSpecTokenResponse()
            {
                string body = "{\"resultCode\": \"200\", \"token_type\": \"bearer\", \"access_token\": \"<encrypted_token_XYZ>\", \"expires_in\": 3600}";

                string masked = DebugText.MaskSecrets(body);

                Assert.DoesNotContain("encrypted_token_XYZ", masked);
                Assert.Contains("\"expires_in\": 3600", masked);
                Assert.Contains("\"token_type\": \"bearer\"", masked);
            }

            [Fact]
            public void LeavesTextWithoutSecretsUnchanged()
            {
                string text = "{\"message\": \"Ticket is not in editable state\"}";

                string masked = DebugText.MaskSecrets(text);

                Assert.Equal(text, masked);
            }
        }

        public class Request
        {
            [Theory]
            [InlineData("Bearer", "eyJhbGciOi.payload.signature", "Authorization: Bearer ***")]
            [InlineData("Basic", "Y2xpZW50LTE6czNjcmV0", "Authorization: Basic ***")]
            public void MasksAuthorization(string scheme, string parameter, string expectedLine)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/entservices/ticketing-b2b/v1/sites");
                message.Headers.Authorization = new AuthenticationHeaderValue(scheme, parameter);

                string text = DebugText.Request(message, logBody: true);

                Assert.DoesNotContain(parameter, text);
                Assert.Contains(expectedLine, text);
                Assert.Contains("GET http://127.0.0.1:9/entservices/ticketing-b2b/v1/sites", text);
            }

            [Fact]
            public void MasksAuthorizationWithoutScheme()
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/");
                message.Headers.TryAddWithoutValidation("Authorization", "rawtokenvalue");

                string text = DebugText.Request(message, logBody: true);

                Assert.DoesNotContain("rawtokenvalue", text);
                Assert.Contains("Authorization: ***", text);
            }

            [Fact]
            public void KeepsOtherHeaders()
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/");
                message.Headers.TryAddWithoutValidation("X_TXN_ID", "e8a763c9-4c5b-48c0-97c2-c18d70084de2");

                string text = DebugText.Request(message, logBody: true);

                Assert.Contains("X_TXN_ID: e8a763c9-4c5b-48c0-97c2-c18d70084de2", text);
            }

            [Fact]
            public void HidesCredentialBody()
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9/auth/oauth/v2/token")
                {
                    Content = new StringContent("grant_type=client_credentials&client_id=client-1&client_secret=s3cret"),
                };

                string text = DebugText.Request(message, logBody: false);

                Assert.DoesNotContain("s3cret", text);
                Assert.Contains("body hidden", text);
            }
        }

        public class Response
        {
            [Fact]
            public void MasksTokenInBody()
            {
                using var response = new HttpResponseMessage(HttpStatusCode.OK);
                byte[] body = Encoding.UTF8.GetBytes("{\"access_token\": \"eyJhbGciOi.abc\", \"expires_in\": 3600}");

                string text = DebugText.Response(response, body, logBody: true, bodyLimit: 4000);

                Assert.DoesNotContain("eyJhbGciOi.abc", text);
                Assert.Contains("\"expires_in\": 3600", text);
                Assert.StartsWith("Response 200 OK", text);
            }

            [Fact]
            public void HidesCredentialBody()
            {
                using var response = new HttpResponseMessage(HttpStatusCode.OK);
                byte[] body = Encoding.UTF8.GetBytes("{\"access_token\": \"eyJhbGciOi.abc\"}");

                string text = DebugText.Response(response, body, logBody: false, bodyLimit: 4000);

                Assert.DoesNotContain("eyJhbGciOi", text);
                Assert.Contains("body hidden", text);
            }

            [Fact]
            public void CutsLongBody()
            {
                using var response = new HttpResponseMessage(HttpStatusCode.OK);
                byte[] body = Encoding.UTF8.GetBytes(new string('x', 50));

                string text = DebugText.Response(response, body, logBody: true, bodyLimit: 10);

                Assert.Contains(new string('x', 10) + " ... (50 bytes in all)", text);
                Assert.DoesNotContain(new string('x', 11), text);
            }

            [Fact]
            public void MasksAuthorizationHeaderOfResponse()
            {
                using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
                response.Headers.TryAddWithoutValidation("Authorization", "Bearer leaked-token");

                string text = DebugText.Response(response, new byte[0], logBody: true, bodyLimit: 4000);

                Assert.DoesNotContain("leaked-token", text);
                Assert.Contains("Authorization: Bearer ***", text);
            }
        }
    }
}
