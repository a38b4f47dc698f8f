import Foundation
import PhoneAuth

/// The OAuth 2.0 calls' side of the store: codes, refresh tokens, access tokens, users; the ledger does the work.
extension EmulatorStore {
    /// A new authorization code for a confirmed OAuth 2.0 login, redeemable for `authorizationCodeLifetime`.
    func issueAuthorizationCode(phone: String, projectID: String, request: OAuthRequest) -> String {
        let grant = OAuthGrant(phone: phone, subject: TokenIssuer.userID(for: phone), clientID: request.clientID, scopes: request.scopes,
                               redirectURI: request.redirectURI, redirectURIRequired: request.redirectURIGiven, projectID: projectID,
                               expiresAt: now() + configuration.authorizationCodeLifetime)
        return ledger.issueCode(for: grant)
    }

    /// Redeems an authorization code (single use): the grant it stands for, or 400 `010-023`. `redirectURI` is the
    /// exchange's, nil when it named none.
    func redeemAuthorizationCode(_ code: String, clientID: Int, redirectURI: String?) throws(EmulatorRejection) -> OAuthGrant {
        try ledger.redeemCode(code, clientID: clientID, redirectURI: redirectURI, at: now())
    }

    /// Redeems a refresh token (it rotates: dead afterwards): the grant it stands for, or 400 `010-023`. A refresh
    /// names no redirect URI (RFC 6749 §6); one sent anyway is ignored, as unknown parameters are (§3.2).
    func redeemRefreshToken(_ token: String, clientID: Int) throws(EmulatorRejection) -> OAuthGrant {
        try ledger.redeemRefreshToken(token, clientID: clientID, at: clock.date)
    }

    /// Records an issued access token and, for an offline grant, issues the refresh token that goes with it.
    func recordIssue(of claims: UserClaims, for grant: OAuthGrant) -> String? {
        sweepIfDue(at: now())
        if let id = claims.tokenID { ledger.recordAccessToken(id: id, subject: claims.subject, expiresAt: claims.expiresAt) }
        return grant.isOffline ? ledger.issueRefreshToken(for: grant) : nil
    }

    /// Whether a verified token is still live (not revoked, not forgotten by a reset).
    func isLive(_ claims: UserClaims) -> Bool { ledger.isLive(claims) }

    /// `logout?sessions=all`: revokes every access and refresh token of the user.
    func revokeAll(subject: String) { ledger.revokeAll(subject: subject, at: clock.date) }

    /// The user with id `subject`, now the most recently seen, when one has signed in since the start (or the last
    /// reset) and has not been evicted.
    func user(subject: String) -> UserRecord? { ledger.user(subject: subject) }
}
