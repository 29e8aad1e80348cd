using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class AuthenticationTests
{
    public sealed class TokenEndpoint(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Fact]
        public async Task IssuesTokenForFormCredentials()
        {
            using var response = await _session.RequestTokenAsync("demo-client", "demo-secret");

            var body = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("200", body.GetProperty("resultCode").GetString());
            Assert.Equal("PROCESSED", body.GetProperty("resultCodeName").GetString());
            Assert.Equal("PROCESSED", body.GetProperty("resultMessage").GetString());
            Assert.Equal("bearer", body.GetProperty("token_type").GetString());
            Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
            Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        }

        [Fact]
        public async Task IssuesTokenForBasicCredentials()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "auth/oauth/v2/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("other-client:other-secret")));

            using var response = await _session.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = (await SimulatorSession.ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
            using var sites = await _session.GetAsync(token, "sites");
            Assert.Equal(HttpStatusCode.OK, sites.StatusCode);
        }

        [Theory]
        [InlineData("grant_type=client_credentials&client_id=demo-client&client_secret=wrong")]
        [InlineData("grant_type=client_credentials&client_id=nobody&client_secret=demo-secret")]
        [InlineData("client_id=demo-client&client_secret=demo-secret")]
        [InlineData("grant_type=password&client_id=demo-client&client_secret=demo-secret")]
        public async Task RejectsInvalidRequestWithUnauthorizedClient(string form)
        {
            using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");

            using var response = await _session.Http.PostAsync("auth/oauth/v2/token", content);

            var body = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("2199", body.GetProperty("resultCode").GetString());
            Assert.Equal("TKN_UNAUTHORIZED_CLIENT", body.GetProperty("resultCodeName").GetString());
            Assert.Equal("The authenticated client is not authorized to use this authorization grant type", body.GetProperty("resultMessage").GetString());
            Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
            Assert.Equal("TKN_UNAUTHORIZED_CLIENT", body.GetProperty("error_description").GetString());
            Assert.Equal(0, body.GetProperty("internalCode").GetInt32());
        }
    }

    public sealed class BearerCheck(SharedSimulator shared) : IClassFixture<SharedSimulator>
    {
        private readonly SimulatorSession _session = shared.Session;

        [Theory]
        [InlineData(null)]
        [InlineData("Bearer")]
        [InlineData("Bearer not-a-token")]
        [InlineData("Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ=")]
        public async Task RejectsMissingOrUnknownTokenWithInvalidHeader(string? authorization)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, SimulatorSession.ApiPath("tickets"));
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await _session.Http.SendAsync(request);

            var body = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("INVALID_TOKEN_HEADER", body.GetProperty("error_description").GetString());
            Assert.Equal("INVALID_TOKEN_HEADER", body.GetProperty("resultCodeName").GetString());
            Assert.Equal("invalid_token", body.GetProperty("error").GetString());
            Assert.Equal("2076", body.GetProperty("resultCode").GetString());
            Assert.Equal("Invalid JWT Header", body.GetProperty("resultMessage").GetString());
        }

        [Theory]
        [InlineData("entservices/ticketingb2b/v1/tickets")]
        [InlineData("entservices/ticketing-b2b/v2/tickets")]
        [InlineData("entservices/ticketing-b2b/v1/ticket")]
        public async Task AnswersPathTypoWithResourceAuthorizationError(string path)
        {
            var token = await _session.GetTokenAsync();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await _session.Http.SendAsync(request);

            var body = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("RESOURCE_AUTHORIZATION_ERROR", body.GetProperty("resultCodeName").GetString());
            Assert.Equal("2995", body.GetProperty("resultCode").GetString());
            Assert.Equal("Resource Authorization Error", body.GetProperty("resultMessage").GetString());
            Assert.Equal("access_denied", body.GetProperty("error").GetString());
        }
    }

    public sealed class Expiry
    {
        [Fact]
        public async Task ExpiredTokenGetsAccessTokenExpired()
        {
            await using var session = await SimulatorSession.StartAsync();
            var token = await session.GetTokenAsync();
            await session.AdminPostAsync("tokens/expire");

            using var response = await session.GetAsync(token, "sites");

            var body = await SimulatorSession.ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("INVALID_TOKEN", body.GetProperty("resultCodeName").GetString());
            Assert.Equal("2076", body.GetProperty("resultCode").GetString());
            Assert.Equal("Access token expired", body.GetProperty("resultMessage").GetString());
        }

        [Fact]
        public async Task TokenIssuedAfterExpiryStillWorks()
        {
            await using var session = await SimulatorSession.StartAsync();
            await session.GetTokenAsync();
            await session.AdminPostAsync("tokens/expire");
            var token = await session.GetTokenAsync();

            using var response = await session.GetAsync(token, "sites");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task TokenExpiresAfterConfiguredLifetime()
        {
            await using var session = await SimulatorSession.StartAsync(options => options.TokenLifetimeSeconds = 1);
            using var tokenResponse = await session.RequestTokenAsync("demo-client", "demo-secret");
            var tokenBody = await SimulatorSession.ReadJsonAsync(tokenResponse);
            var token = tokenBody.GetProperty("access_token").GetString()!;

            await Task.Delay(1_500);
            using var response = await session.GetAsync(token, "sites");

            Assert.Equal(1, tokenBody.GetProperty("expires_in").GetInt32());
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Access token expired", (await SimulatorSession.ReadJsonAsync(response)).GetProperty("resultMessage").GetString());
        }

        [Fact]
        public async Task SettingsChangeTokenLifetime()
        {
            await using var session = await SimulatorSession.StartAsync();
            await session.AdminPostAsync("settings", new { tokenLifetimeSeconds = 120 });

            using var response = await session.RequestTokenAsync("demo-client", "demo-secret");

            Assert.Equal(120, (await SimulatorSession.ReadJsonAsync(response)).GetProperty("expires_in").GetInt32());
        }
    }
}
