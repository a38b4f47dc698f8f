import PhoneAuthModel

/// The form fields of `POST /oauth2/token` (`application/x-www-form-urlencoded`), by grant.
public enum OAuthTokenForm: Hashable, Sendable {
    /// `grant_type=authorization_code`: the `code` from `login_url`, with the request's `redirect_uri`.
    case authorizationCode(clientID: Int, code: String, redirectURI: String)
    /// `grant_type=refresh_token`: the newest refresh token, with the same `redirect_uri`.
    case refreshToken(clientID: Int, refreshToken: String, redirectURI: String)

    /// The fields in the order the SDKs send them.
    public var fields: [(String, String?)] {
        switch self {
        case .authorizationCode(let clientID, let code, let redirectURI):
            [("grant_type", "authorization_code"), ("client_id", String(clientID)), ("code", code), ("redirect_uri", redirectURI)]
        case .refreshToken(let clientID, let refreshToken, let redirectURI):
            [("grant_type", "refresh_token"), ("client_id", String(clientID)), ("refresh_token", refreshToken), ("redirect_uri", redirectURI)]
        }
    }
}
