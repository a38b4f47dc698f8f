import Foundation
import PhoneAuthModel

/// What an OAuth 2.0 `login_url` carries back: an authorization code (the usual case), an access token (the SDKs'
/// fallback), or an error. Pure: reads the URL's query only.
public enum OAuthRedirect: Hashable, Sendable {
    /// `code=`: to exchange at `/oauth2/token`; `state` as it came back, when it did.
    case code(String, state: String?)
    /// `token=` instead of a code: an access token without a refresh token.
    case token(String, state: String?)
    /// `error_code=` / `error_description=` (`+` read as a space).
    case error(code: String, description: String?)

    /// Reads `loginURL`; `.malformedResponse` when it is not a URL, `.missingToken` when it has no code or token.
    public static func parse(_ loginURL: String) throws(AuthError) -> OAuthRedirect {
        guard let components = URLComponents(string: loginURL) else {
            throw .malformedResponse(status: 200, reason: "login_url is not a URL")
        }
        let items = components.queryItems ?? []
        func value(_ name: String) -> String? {
            items.last(where: { $0.name == name })?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let code = value("error_code") {
            return .error(code: code, description: value("error_description")?.replacing("+", with: " "))
        }
        let state = value("state")
        if let code = value("code") { return .code(code, state: state) }
        if let token = value("token") { return .token(token, state: state) }
        throw .missingToken
    }

    /// The `state` that came back, if any.
    public var state: String? {
        switch self {
        case .code(_, let state), .token(_, let state): state
        case .error: nil
        }
    }
}
