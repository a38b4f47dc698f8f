/// What an authorization code or a refresh token stands for: whose login, for which client, with what scopes.
struct OAuthGrant: Sendable, Hashable {
    /// The phone number that signed in.
    let phone: String
    /// The user id (`sub`), derived from the phone.
    let subject: String
    /// The client the grant was issued to.
    let clientID: Int
    /// The granted scopes.
    let scopes: [String]
    /// The redirect URI of the request (Xsolla's blank page when it gave none).
    let redirectURI: String
    /// Whether the request named `redirect_uri`, so that the code exchange must name it too (RFC 6749 §4.1.3).
    var redirectURIRequired = true
    /// The `xsolla_login_project_id` of the tokens it yields.
    let projectID: String
    /// When it stops being redeemable; nil: never (refresh tokens live until used or revoked).
    var expiresAt: ContinuousClock.Instant?

    /// Whether the grant is offline, so that it yields refresh tokens.
    var isOffline: Bool { scopes.contains("offline") }

    /// The same grant, redeemable until `expiresAt`.
    func expiring(at expiresAt: ContinuousClock.Instant?) -> Self {
        var copy = self
        copy.expiresAt = expiresAt
        return copy
    }
}
