import Foundation
import PhoneAuth

/// The OAuth 2.0 side of the store: authorization codes, rotating refresh tokens, live access tokens, the users
/// seen, and the counters of `/emulator/stats`. A value the store actor holds; it reads no clock of its own.
struct OAuthLedger: Sendable {
    private var codes: [String: OAuthGrant] = [:]
    private var refreshTokens: [String: OAuthGrant] = [:]
    private var accessTokens: [String: AccessTokenRecord] = [:]
    /// When `logout?sessions=all` last ran per user: JWT-mode tokens (no `jti`) issued up to then are revoked.
    private var revokedAt: [String: Date] = [:]
    /// The users seen, by `sub`.
    private(set) var users: [String: UserRecord] = [:]
    /// Successful `authorization_code` exchanges.
    private(set) var codeExchanges = 0
    /// Successful `refresh_token` grants.
    private(set) var refreshes = 0
    /// `refresh_token` grants refused (unknown, used, revoked, another client's).
    private(set) var refreshRejections = 0

    /// Notes a successful confirm of `phone` at `date`: registers the user the first time.
    mutating func recordLogin(phone: String, subject: String, at date: Date) {
        if var user = users[subject] {
            user.lastLogin = date
            users[subject] = user
        } else {
            users[subject] = UserRecord(phone: phone, registered: date, lastLogin: date)
        }
    }

    /// A new single-use authorization code for `grant`.
    mutating func issueCode(for grant: OAuthGrant) -> String {
        let code = EmulatorConfiguration.randomSecret()
        codes[code] = grant
        return code
    }

    /// Redeems an authorization code: it must be known, unexpired, of `clientID`, and named with the request's
    /// redirect URI when the request gave one (RFC 6749 §4.1.3; not checked when it gave none). It is used up only by
    /// a successful exchange.
    mutating func redeemCode(_ code: String, clientID: Int, redirectURI: String?, at instant: ContinuousClock.Instant)
        throws(EmulatorRejection) -> OAuthGrant
    {
        guard let grant = codes[code] else { throw .invalidGrant }
        if let expiresAt = grant.expiresAt, instant >= expiresAt {
            codes[code] = nil
            throw .invalidGrant
        }
        guard grant.clientID == clientID, !grant.redirectURIRequired || grant.redirectURI == redirectURI else { throw .invalidGrant }
        codes[code] = nil
        codeExchanges += 1
        return grant
    }

    /// A new refresh token for `grant`.
    mutating func issueRefreshToken(for grant: OAuthGrant) -> String {
        let token = EmulatorConfiguration.randomSecret()
        refreshTokens[token] = grant.expiring(at: nil)
        return token
    }

    /// Redeems a refresh token of `clientID`, which rotates: it is dead afterwards, whoever asks.
    mutating func redeemRefreshToken(_ token: String, clientID: Int) throws(EmulatorRejection) -> OAuthGrant {
        guard let grant = refreshTokens[token], grant.clientID == clientID else {
            refreshRejections += 1
            throw .invalidGrant
        }
        refreshTokens[token] = nil
        refreshes += 1
        return grant
    }

    /// Notes an issued access token, so that it counts as live until it expires or is revoked.
    mutating func recordAccessToken(id: String, subject: String, expiresAt: Date) {
        accessTokens[id] = AccessTokenRecord(subject: subject, expiresAt: expiresAt)
    }

    /// Whether a token with valid signature and lifetime is still live: an OAuth 2.0 one (with `jti`) until
    /// revoked or forgotten by a reset, a JWT-mode one unless issued before its user's last `logout?sessions=all`.
    func isLive(_ claims: UserClaims) -> Bool {
        if let id = claims.tokenID { return accessTokens[id]?.subject == claims.subject }
        guard let revoked = revokedAt[claims.subject] else { return true }
        guard let issued = claims.issuedAt else { return false }
        return issued > revoked
    }

    /// `logout?sessions=all`: every access and refresh token of the user is revoked.
    mutating func revokeAll(subject: String, at date: Date) {
        accessTokens = accessTokens.filter { $0.value.subject != subject }
        refreshTokens = refreshTokens.filter { $0.value.subject != subject }
        revokedAt[subject] = date
    }

    /// Drops expired codes and access tokens, so memory stays bounded.
    mutating func sweep(at instant: ContinuousClock.Instant, date: Date) {
        codes = codes.filter { grant in grant.value.expiresAt.map { instant < $0 } ?? true }
        accessTokens = accessTokens.filter { $0.value.expiresAt > date }
    }

    /// The users, grants, tokens and revocations for a state file; authorization codes' expiry as dates through `date`.
    func snapshot(into state: inout EmulatorState, date: (ContinuousClock.Instant) -> Date) {
        state.users = users.map { .init(sub: $0.key, phone: $0.value.phone, registered: $0.value.registered, lastLogin: $0.value.lastLogin) }
            .sorted { $0.sub < $1.sub }
        state.refreshTokens = refreshTokens.map { .init(token: $0.key, grant: $0.value.exported) }.sorted { $0.token < $1.token }
        state.authorizationCodes = codes.compactMap { code, grant in
            grant.expiresAt.map { .init(code: code, grant: grant.exported, expiresAt: date($0)) }
        }.sorted { $0.code < $1.code }
        state.accessTokens = accessTokens.map { .init(jti: $0.key, sub: $0.value.subject, expiresAt: $0.value.expiresAt) }.sorted { $0.jti < $1.jti }
        state.revocations = revokedAt.map { .init(sub: $0.key, at: $0.value) }.sorted { $0.sub < $1.sub }
    }

    /// Adds what a state file holds (its codes' expiry as instants through `instant`); the counters stay.
    mutating func restore(_ state: EmulatorState, instant: (Date) -> ContinuousClock.Instant) {
        for user in state.users { users[user.sub] = UserRecord(phone: user.phone, registered: user.registered, lastLogin: user.lastLogin) }
        for token in state.refreshTokens { refreshTokens[token.token] = OAuthGrant(token.grant, expiresAt: nil) }
        for code in state.authorizationCodes { codes[code.code] = OAuthGrant(code.grant, expiresAt: instant(code.expiresAt)) }
        for token in state.accessTokens { accessTokens[token.jti] = AccessTokenRecord(subject: token.sub, expiresAt: token.expiresAt) }
        for revocation in state.revocations { revokedAt[revocation.sub] = revocation.at }
    }

    /// How many codes, refresh tokens and access tokens are held.
    var grantCount: Int { codes.count + refreshTokens.count + accessTokens.count }
}
