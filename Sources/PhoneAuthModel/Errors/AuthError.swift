/// Everything that can go wrong while signing in: data only; `ErrorWording` says it in words.
public enum AuthError: Error, Hashable, Sendable {
    /// The phone number was refused before anything was sent.
    case invalidPhone(PhoneRejection)
    /// The configuration cannot be used (an insecure or malformed base URL, a bad project id).
    case configuration(ConfigurationProblem)
    /// The server answered with an error status and (usually) Xsolla's error body.
    case server(ServerError)
    /// The request did not get an answer: refused, timed out, TLS, DNS, connection lost.
    case transport(TransportFailure)
    /// The server answered something this client cannot read (garbage, HTML, missing fields, wrong status).
    case malformedResponse(status: Int, reason: String)
    /// The answer was larger than the client accepts.
    case responseTooLarge(limit: Int)
    /// `login_url` came back without a `token` query parameter (OAuth 2.0: without `code` or `token`).
    case missingToken
    /// OAuth 2.0: `login_url` carried back another `state` than the one sent with the request.
    case stateMismatch
    /// The token could not be decoded, or its signature or expiry did not check out.
    case invalidToken(reason: String)
    /// The code's lifetime ran out while waiting for the SMS link to be followed.
    case linkWaitExpired
    /// The caller cancelled the request.
    case cancelled
}

extension AuthError {
    /// What was wrong with the configuration.
    public enum ConfigurationProblem: Hashable, Sendable {
        /// The base URL is not an absolute http(s) URL.
        case malformedBaseURL(String)
        /// Plain http to a host that is not loopback, without the explicit insecure flag.
        case insecureBaseURL(host: String)
        /// The project id is not a UUID.
        case malformedProjectID(String)
        /// No project id was given.
        case missingProjectID
        /// The link flow was asked for without a link URL.
        case missingLinkURL
        /// The HS256 secret is shorter than 32 bytes (RFC 7518 §3.2 asks for at least the hash's size).
        case weakSecret(bytes: Int)
        /// An OAuth 2.0 call was asked of a client configured without a client id.
        case missingClientID
        /// The OAuth 2.0 redirect URI is not an absolute URL.
        case malformedRedirectURI(String)
    }
}

extension AuthError {
    /// The shortest HS256 secret accepted, in bytes (RFC 7518 §3.2: at least the hash's size).
    public static let minimumSecretBytes = 32
}
