import Foundation
import PhoneAuthModel

/// How an OAuth 2.0 Login project is asked: the client id, the scope and the redirect URI sent with the request and
/// again with every `/oauth2/token` call (the two must match).
public struct OAuthSettings: Hashable, Sendable {
    /// What the SDKs send for desktop and other non-browser apps; the confirm call answers it as JSON, never redirects.
    public static let defaultRedirectURI = "https://login.xsolla.com/api/blank"
    /// `offline`: what asks for a refresh token.
    public static let defaultScope = "offline"
    /// The shortest `state` Xsolla accepts (`010-022` below it).
    public static let minimumStateLength = 8

    /// The OAuth 2.0 client id (an integer, from Publisher Account → Login → Security → OAuth 2.0).
    public var clientID: Int
    /// `scope`, space-separated.
    public var scope: String
    /// `redirect_uri`.
    public var redirectURI: String

    /// Creates settings with the SDKs' defaults.
    public init(clientID: Int, scope: String = defaultScope, redirectURI: String = defaultRedirectURI) {
        self.clientID = clientID
        self.scope = scope
        self.redirectURI = redirectURI
    }

    /// A fresh random `state`: 32 lowercase hex digits (128 bits), well above the 8-character minimum.
    public static func randomState() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.lowercase((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
