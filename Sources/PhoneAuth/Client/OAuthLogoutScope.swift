import PhoneAuthModel

/// `sessions=` of `GET /oauth2/logout`: the only two values Xsolla accepts.
public enum OAuthLogoutScope: String, Sendable, CaseIterable {
    /// Ends the SSO session only.
    case sso
    /// Ends the SSO session and revokes every access and refresh token of the user.
    case all
}
