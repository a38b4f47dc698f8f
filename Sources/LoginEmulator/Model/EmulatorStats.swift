/// What the emulator holds at one moment (`GET /emulator/stats`): it stays bounded under load because used-up
/// operations go at once, expired ones are swept, and the outbox keeps its newest messages only. It also counts
/// the OAuth 2.0 token calls, so a client's tests can tell how many refreshes it really made.
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
    }
}
