import Foundation

/// What a successful login returns: the callback URL, the token (the user JWT, or OAuth 2.0's access token), its
/// claims, and in OAuth 2.0 the refresh token and lifetime.
public struct LoginResult: Hashable, Sendable {
    /// `login_url` as the server sent it (it contains the token or the authorization code: treat it as a secret).
    public var loginURL: String
    /// The token to use: the user JWT from `login_url`, or the OAuth 2.0 access token.
    public var token: String
    /// The `remember_me` query parameter, when present.
    public var rememberMe: Bool?
    /// The token's claims, decoded.
    public var claims: UserClaims
    /// Whether the signature was checked against a given secret (false: decoded without trusting it).
    public var signatureVerified: Bool
    /// Which kind of project signed in.
    public var mode: LoginMode
    /// OAuth 2.0: the refresh token (nil in JWT mode, and when `login_url` carried a token instead of a code).
    public var refreshToken: String?
    /// OAuth 2.0: `expires_in`, seconds the access token lives from when it was issued.
    public var expiresIn: Int?
    /// OAuth 2.0: `token_type` (`bearer`).
    public var tokenType: String?
    /// The number that signed in, when the client knows it (set by `completeAuth`; nil for a refresh).
    public var phone: PhoneNumber?

    /// Creates a result.
    public init(loginURL: String, token: String, rememberMe: Bool?, claims: UserClaims, signatureVerified: Bool,
                mode: LoginMode = .jwt, refreshToken: String? = nil, expiresIn: Int? = nil, tokenType: String? = nil) {
        self.loginURL = loginURL
        self.token = token
        self.rememberMe = rememberMe
        self.claims = claims
        self.signatureVerified = signatureVerified
        self.mode = mode
        self.refreshToken = refreshToken
        self.expiresIn = expiresIn
        self.tokenType = tokenType
    }

    /// When the token stops being valid: the JWT's `exp` (for an access token, the same moment `expires_in` names).
    public var expiresAt: Date { claims.expiresAt }

    /// The token with its middle hidden, e.g. `eyJhbGci…Qx8c`: safe for screens and logs.
    public var maskedToken: String {
        token.count <= 16 ? String(repeating: "•", count: token.count) : token.prefix(8) + "…" + token.suffix(4)
    }
}

extension UserClaims: Hashable {
    /// Hashes the identifying claims.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(subject)
        hasher.combine(expiresAt)
    }
}
