/// The fields of `POST /oauth2/token`'s URL-encoded form, all read as text (checked by the route, in Xsolla's words).
struct TokenFormFields: Decodable, Sendable {
    /// `grant_type`: `authorization_code` or `refresh_token`.
    var grantType: String?
    /// `client_id`: an integer.
    var clientID: String?
    /// `code`: the authorization code from `login_url`.
    var code: String?
    /// `refresh_token`: the newest refresh token.
    var refreshToken: String?
    /// `redirect_uri`: the request's, byte for byte, when the request gave one (RFC 6749 §4.1.3); ignored on a refresh.
    var redirectURI: String?

    enum CodingKeys: String, CodingKey {
        case grantType = "grant_type", clientID = "client_id", code, refreshToken = "refresh_token", redirectURI = "redirect_uri"
    }
}
