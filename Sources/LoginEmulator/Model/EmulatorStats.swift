/// What the emulator holds at one moment (`GET /emulator/stats`): it stays bounded under load because used-up
/// operations go at once, expired ones are swept, the outbox keeps its newest messages only, and users, authorization
/// codes, refresh tokens and revocations each keep their most recently seen (the rest counted as evicted). It also
/// counts the OAuth 2.0 token calls, so a client's tests can tell how many refreshes it really made.
package struct EmulatorStats: Codable, Hashable, Sendable {
    /// Operations held: live ones, and expired ones not yet swept.
    package var operations: Int
    /// SMS messages in the outbox.
    package var outbox: Int
    /// `/otc/code` polls waiting.
    package var linkWaiters: Int
    /// Keys (phone numbers, addresses) the rate limiters remember.
    package var rateLimitKeys: Int
    /// Faults waiting to be injected (the sum of their counts).
    package var pendingFaults: Int
    /// OAuth 2.0 authorization codes, refresh tokens and live access tokens held.
    package var oauthGrants: Int
    /// Successful `grant_type=authorization_code` exchanges since the start (or the last reset).
    package var oauthCodeExchanges: Int
    /// Successful `grant_type=refresh_token` calls since the start (or the last reset).
    package var oauthRefreshes: Int
    /// Refused `grant_type=refresh_token` calls (400 `010-023`) since the start (or the last reset).
    package var oauthRefreshRejections: Int
    /// Faults injected since the start (or the last reset): requests that took one.
    package var faultsTaken: Int
    /// Requests whose client hung up while a `delay` fault held them (dropped unhandled) or a `drip` was sending their
    /// answer, since the start (or the last reset): how a test sees a client's giving up reach the server.
    package var abandonedRequests: Int
    /// Users held (signed in since the start or the last reset, and not evicted).
    package var users = 0
    /// OAuth 2.0 authorization codes held (not yet exchanged, expired or evicted).
    package var authorizationCodes = 0
    /// OAuth 2.0 refresh tokens held (not yet used, revoked or evicted).
    package var refreshTokens = 0
    /// OAuth 2.0 access tokens held (not yet expired or revoked).
    package var accessTokens = 0
    /// `logout?sessions=all` revocations held.
    package var revocations = 0
    /// Users forgotten to make room (`--user-capacity`) since the start (or the last reset).
    package var usersEvicted = 0
    /// Authorization codes forgotten to make room (`--authorization-code-capacity`).
    package var authorizationCodesEvicted = 0
    /// Refresh tokens forgotten to make room (`--refresh-token-capacity`).
    package var refreshTokensEvicted = 0
    /// Revocations forgotten to make room (`--revocation-capacity`).
    package var revocationsEvicted = 0

    /// Creates the figures.
    package init(operations: Int, outbox: Int, linkWaiters: Int, rateLimitKeys: Int, pendingFaults: Int = 0, oauthGrants: Int = 0,
                 oauthCodeExchanges: Int = 0, oauthRefreshes: Int = 0, oauthRefreshRejections: Int = 0, faultsTaken: Int = 0,
                abandonedRequests: Int = 0) {
        self.operations = operations
        self.outbox = outbox
        self.linkWaiters = linkWaiters
        self.rateLimitKeys = rateLimitKeys
        self.pendingFaults = pendingFaults
        self.oauthGrants = oauthGrants
        self.oauthCodeExchanges = oauthCodeExchanges
        self.oauthRefreshes = oauthRefreshes
        self.oauthRefreshRejections = oauthRefreshRejections
        self.faultsTaken = faultsTaken
        self.abandonedRequests = abandonedRequests
    }

    enum CodingKeys: String, CodingKey {
        case operations, outbox, linkWaiters = "link_waiters", rateLimitKeys = "rate_limit_keys", pendingFaults = "pending_faults"
        case oauthGrants = "oauth_grants", oauthCodeExchanges = "oauth_code_exchanges", oauthRefreshes = "oauth_refreshes"
        case oauthRefreshRejections = "oauth_refresh_rejections", faultsTaken = "faults_taken", abandonedRequests = "abandoned_requests"
        case users, authorizationCodes = "authorization_codes", refreshTokens = "refresh_tokens", accessTokens = "access_tokens"
        case revocations, usersEvicted = "users_evicted", authorizationCodesEvicted = "authorization_codes_evicted"
        case refreshTokensEvicted = "refresh_tokens_evicted", revocationsEvicted = "revocations_evicted"
    }
}
