import Foundation
import PhoneAuthModel

/// A remembered sign-in, as the store keeps it (it holds tokens: the store's file is 0600).
public struct StoredSession: Codable, Hashable, Sendable {
    /// Which sign-in this is.
    public var key: SessionKey
    /// JWT or OAuth 2.0.
    public var mode: LoginMode
    /// The token to hand out: the user JWT, or the OAuth 2.0 access token.
    public var accessToken: String
    /// OAuth 2.0: the newest refresh token (each refresh spends it and stores the next).
    public var refreshToken: String?
    /// OAuth 2.0: the scope asked for, sent again on refresh.
    public var scope: String?
    /// OAuth 2.0: the redirect URI of the sign-in, sent again on refresh (the two must match).
    public var redirectURI: String?
    /// When the access token stops being valid.
    public var expiresAt: Date
    /// The user id (`sub`).
    public var subject: String
    /// The phone number, masked (`+49•••••••78`).
    public var maskedPhone: String?
    /// When this session was stored (signed in or refreshed).
    public var storedAt: Date

    /// Creates a session.
    public init(key: SessionKey, mode: LoginMode, accessToken: String, refreshToken: String?, scope: String? = nil,
                redirectURI: String? = nil, expiresAt: Date, subject: String, maskedPhone: String?, storedAt: Date) {
        self.key = key
        self.mode = mode
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.scope = scope
        self.redirectURI = redirectURI
        self.expiresAt = expiresAt
        self.subject = subject
        self.maskedPhone = maskedPhone
        self.storedAt = storedAt
    }

    /// What can be done with this session at `now`, when a token must stay valid for at least `margin` more.
    public func freshness(at now: Date, margin: Duration) -> SessionFreshness {
        if expiresAt.timeIntervalSince(now) > Double(margin.components.seconds) { return .fresh }
        return refreshToken == nil ? .unusable : .needsRefresh
    }

    /// Whether a refresh token is kept.
    public var isRefreshable: Bool { refreshToken != nil }

    enum CodingKeys: String, CodingKey {
        case key, mode, accessToken = "access_token", refreshToken = "refresh_token", scope, redirectURI = "redirect_uri"
        case expiresAt = "expires_at", subject = "sub", maskedPhone = "phone", storedAt = "stored_at"
    }
}
