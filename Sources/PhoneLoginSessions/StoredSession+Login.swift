import Foundation
import PhoneAuthModel

extension StoredSession {
    /// The session a login leaves: its token(s), expiry, user and masked phone.
    public init(login: LoginResult, key: SessionKey, scope: String?, redirectURI: String?, now: Date = Date()) {
        self.init(key: key, mode: login.mode, accessToken: login.token, refreshToken: login.refreshToken,
                  scope: login.mode == .oauth2 ? scope : nil, redirectURI: login.mode == .oauth2 ? redirectURI : nil,
                  expiresAt: login.expiresAt, subject: login.claims.subject, maskedPhone: login.phone?.masked(), storedAt: now)
    }

    /// This session after a refresh: the new access token and expiry, and the rotated refresh token (the old one is
    /// spent; when the answer has none, the session can no longer be refreshed).
    public func refreshed(with login: LoginResult, now: Date = Date()) -> StoredSession {
        var next = self
        next.accessToken = login.token
        next.refreshToken = login.refreshToken
        next.expiresAt = login.expiresAt
        next.subject = login.claims.subject
        next.storedAt = now
        return next
    }
}
