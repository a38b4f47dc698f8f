import Foundation
import PhoneAuth

/// The OAuth 2.0 side of the store: authorization codes, rotating refresh tokens, live access tokens, the users
/// seen, and the counters of `/emulator/stats`. A value the store actor holds; it reads no clock of its own.
///
/// Users, authorization codes, refresh tokens and revocations each have a capacity (`EmulatorConfiguration`): when a
/// new one does not fit, the least recently seen goes. An evicted code or refresh token is refused as an unknown one
/// (400 `010-023`); an evicted user is registered anew at its next sign-in (same `sub`, a new `registered`); an
/// evicted revocation errs on the refusing side (see `isLive`). Access tokens are bounded by their lifetime.
struct OAuthLedger: Sendable {
    private var codes: RecencyMap<String, OAuthGrant>
    private var refreshTokens: RecencyMap<String, OAuthGrant>
    private var accessTokens: [String: AccessTokenRecord] = [:]
    /// When `logout?sessions=all` last ran per user: JWT-mode tokens (no `jti`) issued up to then are revoked.
    private var revokedAt: RecencyMap<String, Date>
    /// The newest revocation evicted to make room: JWT-mode tokens issued up to then are refused for every user
    /// without a revocation held, so that no revoked token comes back to life.
    private var evictedRevocationsUpTo: Date?
    /// The users seen, by `sub`.
    private var users: RecencyMap<String, UserRecord>
    /// Successful `authorization_code` exchanges.
    private(set) var codeExchanges = 0
    /// Successful `refresh_token` grants.
    private(set) var refreshes = 0
    /// `refresh_token` grants refused (unknown, used, revoked, evicted, another client's).
    private(set) var refreshRejections = 0

    /// An empty ledger with the capacities of `configuration`.
    init(configuration: EmulatorConfiguration) {
        codes = RecencyMap(capacity: configuration.authorizationCodeCapacity)
        refreshTokens = RecencyMap(capacity: configuration.refreshTokenCapacity)
        revokedAt = RecencyMap(capacity: configuration.revocationCapacity)
        users = RecencyMap(capacity: configuration.userCapacity)
    }

    /// Notes a successful confirm of `phone` at `date`: registers the user the first time (or after an eviction).
    mutating func recordLogin(phone: String, subject: String, at date: Date) {
        if var user = users.value(for: subject) {
            user.lastLogin = date
            users.set(user, for: subject)
        } else {
            users.set(UserRecord(phone: phone, registered: date, lastLogin: date), for: subject)
        }
    }

    /// The user with id `subject`, now the most recently seen; nil when never seen, evicted or reset.
    mutating func user(subject: String) -> UserRecord? { users.value(for: subject) }

    /// A new single-use authorization code for `grant`.
    mutating func issueCode(for grant: OAuthGrant) -> String {
        let code = EmulatorConfiguration.randomSecret()
        codes.set(grant, for: code)
        return code
    }

    /// Redeems an authorization code: it must be known, unexpired, of `clientID`, and named with the request's
    /// redirect URI when the request gave one (RFC 6749 §4.1.3; not checked when it gave none). It is used up only by
    /// a successful exchange.
    mutating func redeemCode(_ code: String, clientID: Int, redirectURI: String?, at instant: ContinuousClock.Instant)
        throws(EmulatorRejection) -> OAuthGrant
    {
        guard let grant = codes.peek(code) else { throw .invalidGrant }
        if let expiresAt = grant.expiresAt, instant >= expiresAt {
            codes.removeValue(for: code)
            throw .invalidGrant
        }
        guard grant.clientID == clientID, !grant.redirectURIRequired || grant.redirectURI == redirectURI else { throw .invalidGrant }
        codes.removeValue(for: code)
        codeExchanges += 1
        return grant
    }

    /// A new refresh token for `grant`.
    mutating func issueRefreshToken(for grant: OAuthGrant) -> String {
        let token = EmulatorConfiguration.randomSecret()
        refreshTokens.set(grant.expiring(at: nil), for: token)
        return token
    }

    /// Redeems a refresh token of `clientID`, which rotates: it is dead afterwards, whoever asks. Its user counts as
    /// seen at `date` (registered anew if it had been evicted, so that `/users/me` answers for the new tokens).
    mutating func redeemRefreshToken(_ token: String, clientID: Int, at date: Date) throws(EmulatorRejection) -> OAuthGrant {
        guard let grant = refreshTokens.peek(token), grant.clientID == clientID else {
            refreshRejections += 1
            throw .invalidGrant
        }
        refreshTokens.removeValue(for: token)
        refreshes += 1
        if !users.touch(grant.subject) {
            users.set(UserRecord(phone: grant.phone, registered: date, lastLogin: date), for: grant.subject)
        }
        return grant
    }

    /// Notes an issued access token, so that it counts as live until it expires or is revoked.
    mutating func recordAccessToken(id: String, subject: String, expiresAt: Date) {
        accessTokens[id] = AccessTokenRecord(subject: subject, expiresAt: expiresAt)
    }

    /// Whether a token with valid signature and lifetime is still live: an OAuth 2.0 one (with `jti`) until
    /// revoked or forgotten by a reset, a JWT-mode one unless issued before its user's last `logout?sessions=all`
    /// (or, for a user whose revocation is not held, before the newest revocation evicted to make room).
    func isLive(_ claims: UserClaims) -> Bool {
        if let id = claims.tokenID { return accessTokens[id]?.subject == claims.subject }
        guard let revoked = revokedAt.peek(claims.subject) ?? evictedRevocationsUpTo else { return true }
        guard let issued = claims.issuedAt else { return false }
        return issued > revoked
    }

    /// `logout?sessions=all`: every access and refresh token of the user is revoked.
    mutating func revokeAll(subject: String, at date: Date) {
        accessTokens = accessTokens.filter { $0.value.subject != subject }
        refreshTokens.removeAll { $1.subject == subject }
        revoke(subject: subject, at: date)
    }

    /// Records a revocation; one evicted to make room raises `evictedRevocationsUpTo`.
    private mutating func revoke(subject: String, at date: Date) {
        if let evicted = revokedAt.set(date, for: subject) {
            evictedRevocationsUpTo = max(evictedRevocationsUpTo ?? evicted.value, evicted.value)
        }
    }

    /// Drops expired codes and access tokens, and revocations older than `tokenLifetime` (every JWT-mode token they
    /// could refuse has expired), so memory stays bounded.
    mutating func sweep(at instant: ContinuousClock.Instant, date: Date, tokenLifetime: Duration) {
        codes.removeAll { _, grant in grant.expiresAt.map { instant >= $0 } ?? false }
        accessTokens = accessTokens.filter { $0.value.expiresAt > date }
        let cutoff = date.addingTimeInterval(-EmulatorClock.seconds(tokenLifetime))
        revokedAt.removeAll { $1 <= cutoff }
        if let floor = evictedRevocationsUpTo, floor <= cutoff { evictedRevocationsUpTo = nil }
    }

    /// The users, grants, tokens and revocations for a state file, each kind least recently seen first (so that an
    /// import keeps the same order); authorization codes' expiry as dates through `date`.
    func snapshot(into state: inout EmulatorState, date: (ContinuousClock.Instant) -> Date) {
        state.users = users.entriesOldestFirst.map {
            .init(sub: $0.key, phone: $0.value.phone, registered: $0.value.registered, lastLogin: $0.value.lastLogin)
        }
        state.refreshTokens = refreshTokens.entriesOldestFirst.map { .init(token: $0.key, grant: $0.value.exported) }
        state.authorizationCodes = codes.entriesOldestFirst.compactMap { code, grant in
            grant.expiresAt.map { .init(code: code, grant: grant.exported, expiresAt: date($0)) }
        }
        state.accessTokens = accessTokens.map { .init(jti: $0.key, sub: $0.value.subject, expiresAt: $0.value.expiresAt) }.sorted { $0.jti < $1.jti }
        state.revocations = revokedAt.entriesOldestFirst.map { .init(sub: $0.key, at: $0.value) }
    }

    /// Adds what a state file holds, in the file's order (its codes' expiry as instants through `instant`); the
    /// counters stay. Past a capacity the file's last entries are kept, as in a run: the least recently seen go
    /// (counted as evictions); `phone-login emulator` says how many at the start.
    mutating func restore(_ state: EmulatorState, instant: (Date) -> ContinuousClock.Instant) {
        for user in state.users { users.set(UserRecord(phone: user.phone, registered: user.registered, lastLogin: user.lastLogin), for: user.sub) }
        for token in state.refreshTokens { refreshTokens.set(OAuthGrant(token.grant, expiresAt: nil), for: token.token) }
        for code in state.authorizationCodes { codes.set(OAuthGrant(code.grant, expiresAt: instant(code.expiresAt)), for: code.code) }
        for token in state.accessTokens { accessTokens[token.jti] = AccessTokenRecord(subject: token.sub, expiresAt: token.expiresAt) }
        for revocation in state.revocations.sorted(by: { $0.at < $1.at }) { revoke(subject: revocation.sub, at: revocation.at) }
    }

    /// How many codes, refresh tokens and access tokens are held.
    var grantCount: Int { codes.count + refreshTokens.count + accessTokens.count }

    /// Adds what is held of each kind and how many were evicted to `stats` (`/emulator/stats`).
    func count(into stats: inout EmulatorStats) {
        stats.users = users.count
        stats.authorizationCodes = codes.count
        stats.refreshTokens = refreshTokens.count
        stats.accessTokens = accessTokens.count
        stats.revocations = revokedAt.count
        stats.usersEvicted = users.evictions
        stats.authorizationCodesEvicted = codes.evictions
        stats.refreshTokensEvicted = refreshTokens.evictions
        stats.revocationsEvicted = revokedAt.evictions
    }
}
