import Foundation
import PhoneAuthModel

/// The paths of the Login API calls this project uses, relative to the base URL (`https://login.xsolla.com/api`).
public enum LoginEndpoint: String, Sendable, CaseIterable {
    /// Start auth by phone number.
    case startAuth = "/login/phone/request"
    /// Complete auth by phone number.
    case completeAuth = "/login/phone/confirm"
    /// Get confirmation code (the link flow's long poll).
    case confirmationCode = "/otc/code"
    /// Validate a user JWT.
    case validateToken = "/token/validate"
    /// OAuth 2.0: start auth by phone number (query `response_type`, `client_id`, `scope`, `state`, `redirect_uri`).
    case oauthStartAuth = "/oauth2/login/phone/request"
    /// OAuth 2.0: complete auth by phone number (query `client_id`); answers `login_url` carrying `code` and `state`.
    case oauthCompleteAuth = "/oauth2/login/phone/confirm"
    /// OAuth 2.0: the token endpoint (form-encoded; `authorization_code` and `refresh_token` grants).
    case oauthToken = "/oauth2/token"
    /// OAuth 2.0: log out (Bearer; query `sessions=sso|all`; 204).
    case oauthLogout = "/oauth2/logout"
    /// The signed-in user's details (Bearer).
    case currentUser = "/users/me"
    /// A project's public keys for RS256 tokens (`/projects/{projectId}/keys`; see `projectKeysPath(project:)`).
    case projectKeys = "/projects/{projectId}/keys"

    /// The path relative to the base URL.
    public var path: String { rawValue }

    /// The keys' path for one project, its id percent-encoded as a path segment.
    public static func projectKeysPath(project: String) -> String {
        "/projects/" + PercentEncoding.pathSegment(project) + "/keys"
    }
}
