using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace SpectrumTicketing.Http
{
    /// <summary>
    /// Builds the client-credentials token request in either form the API accepts. The secret is read out of
    /// its SecureString only here, just before it is sent.
    /// </summary>
    internal static class TokenRequestContent
    {
        public static HttpContent Create(SpectrumClientOptions options)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("grant_type", "client_credentials"),
            };

            if (options.AuthenticationMethod == AuthenticationMethod.FormBody)
            {
                fields.Add(new KeyValuePair<string, string>("client_id", options.ClientId));
                fields.Add(new KeyValuePair<string, string>("client_secret", ReadSecret(options)));
            }

            return new FormUrlEncodedContent(fields);
        }

        /// <summary>Returns the Basic header for <see cref="AuthenticationMethod.Basic"/>, otherwise <c>null</c>.</summary>
        public static AuthenticationHeaderValue? CreateBasicHeader(SpectrumClientOptions options)
        {
            if (options.AuthenticationMethod != AuthenticationMethod.Basic)
            {
                return null;
            }

            string pair = options.ClientId + ":" + ReadSecret(options);
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        private static string ReadSecret(SpectrumClientOptions options) =>
            new NetworkCredential(string.Empty, options.ClientSecret).Password;
    }
}
