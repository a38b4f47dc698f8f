import PhoneAuthModel

/// The 200 answer of `POST /oauth2/token`: `{"access_token", "expires_in", "refresh_token", "token_type"}`.
public struct OAuthTokenResponse: Codable, Hashable, Sendable {
    /// The access token (a JWT).
    public var accessToken: String
    /// Seconds the access token lives (Xsolla: 3600 by default); optional, as the iOS SDK reads it.
    public var expiresIn: Int?
    /// The refresh token (with `scope=offline`); it rotates: each refresh answers a new one.
    public var refreshToken: String?
    /// `bearer`.
    public var tokenType: String?

    /// Creates a response.
    public init(accessToken: String, expiresIn: Int?, refreshToken: String?, tokenType: String? = "bearer") {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
        self.tokenType = tokenType
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token", expiresIn = "expires_in", refreshToken = "refresh_token", tokenType = "token_type"
    }
}
