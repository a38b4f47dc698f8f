/// What a successful login returns: the callback URL, the user JWT in it, and the JWT's claims.
public struct LoginResult: Hashable, Sendable {
    /// `login_url` as the server sent it (it contains the token: treat it as a secret).
    public var loginURL: String
    /// The user JWT from the `token` query parameter.
    public var token: String
    /// The `remember_me` query parameter, when present.
    public var rememberMe: Bool?
    /// The token's claims, decoded.
    public var claims: UserClaims
    /// Whether the signature was checked against a given secret (false: decoded without trusting it).
    public var signatureVerified: Bool

    /// Creates a result.
    public init(loginURL: String, token: String, rememberMe: Bool?, claims: UserClaims, signatureVerified: Bool) {
        self.loginURL = loginURL
        self.token = token
        self.rememberMe = rememberMe
        self.claims = claims
        self.signatureVerified = signatureVerified
    }

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
