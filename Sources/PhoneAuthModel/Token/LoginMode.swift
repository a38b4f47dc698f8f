/// Which kind of Login project a sign-in went through.
public enum LoginMode: String, Codable, Hashable, Sendable, CaseIterable {
    /// The JWT calls (`/login/phone/*`): one user JWT, no refresh.
    case jwt
    /// OAuth 2.0 (`/oauth2/login/phone/*` and `/oauth2/token`): an access token, usually with a refresh token.
    case oauth2 = "oauth2"

    /// The name people read: "JWT" or "OAuth 2.0".
    public var displayName: String {
        switch self {
        case .jwt: "JWT"
        case .oauth2: "OAuth 2.0"
        }
    }
}
