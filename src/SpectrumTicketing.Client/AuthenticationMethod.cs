namespace SpectrumTicketing
{
    /// <summary>How the client id and secret travel in the token request; the API accepts both.</summary>
    public enum AuthenticationMethod
    {
        /// <summary>As <c>client_id</c> and <c>client_secret</c> fields of the form body.</summary>
        FormBody,

        /// <summary>As an HTTP Basic <c>Authorization</c> header holding base64(clientId:secret).</summary>
        Basic,
    }
}
