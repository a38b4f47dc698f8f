/// What the emulator holds at one moment (`GET /emulator/stats`): it stays bounded under load because used-up
/// operations go at once, expired ones are swept, and the outbox keeps its newest messages only.
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

    /// Creates the figures.
    package init(operations: Int, outbox: Int, linkWaiters: Int, rateLimitKeys: Int, pendingFaults: Int = 0) {
        self.operations = operations
        self.outbox = outbox
        self.linkWaiters = linkWaiters
        self.rateLimitKeys = rateLimitKeys
        self.pendingFaults = pendingFaults
    }

    enum CodingKeys: String, CodingKey {
        case operations, outbox, linkWaiters = "link_waiters", rateLimitKeys = "rate_limit_keys", pendingFaults = "pending_faults"
    }
}
