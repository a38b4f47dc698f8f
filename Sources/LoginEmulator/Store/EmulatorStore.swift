import Foundation
import PhoneAuth

/// The emulator's state: operations, rate limits, the outbox and the link-flow waiters. One actor, no I/O.
actor EmulatorStore {
    /// What a successful confirm hands the route, to sign a token with.
    struct Confirmation: Sendable {
        let phone: String
        let projectID: String
        let loginURL: String?
        let payload: String?
        /// The OAuth 2.0 request of the operation; nil in JWT mode.
        let oauth: OAuthRequest?
    }

    /// How an `/otc/code` wait ended.
    enum PollOutcome: Sendable, Equatable {
        case code(String)
        case timedOut
        case gone
        case shuttingDown
    }

    private struct Waiter {
        let operationID: String
        let continuation: CheckedContinuation<PollOutcome, Never>
        let timer: Task<Void, Never>
    }

    let configuration: EmulatorConfiguration
    /// The emulator's clock: every lifetime here is measured on it.
    let clock: EmulatorClock
    /// The OAuth 2.0 grants, live access tokens, users and counters (see `EmulatorStore+OAuth.swift`).
    var ledger: OAuthLedger
    var operations: [String: PhoneOperation] = [:]
    var latestByPhone: [String: String] = [:]
    var operationByLinkToken: [String: String] = [:]
    private var phoneLimiter: SlidingWindowLimiter
    private var addressLimiter: SlidingWindowLimiter?
    private var outbox: Outbox
    private var waiters: [UUID: Waiter] = [:]
    private var lastSweep: ContinuousClock.Instant
    private var closed = false

    init(configuration: EmulatorConfiguration, clock: EmulatorClock = EmulatorClock()) {
        self.configuration = configuration
        self.clock = clock
        self.phoneLimiter = SlidingWindowLimiter(limit: configuration.phoneLimit)
        self.addressLimiter = configuration.addressLimit.map(SlidingWindowLimiter.init(limit:))
        self.lastSweep = clock.instant
        self.outbox = Outbox(capacity: configuration.outboxCapacity)
        self.ledger = OAuthLedger(configuration: configuration)
    }

    /// The clock's monotonic now.
    func now() -> ContinuousClock.Instant { clock.instant }

    /// Counts a request from `address` against the per-address limit, when one is set.
    func admitAddress(_ address: String) throws(EmulatorRejection) {
        guard addressLimiter != nil else { return }
        if let wait = addressLimiter!.admit(address, at: now()) { throw .rateLimited(retryAfter: wait) }
    }

    /// Starts an operation: checks the phone limit, makes a code, makes older operations for the phone stale,
    /// and puts the SMS in the outbox. `linkBase` is the emulator's own URL, for the SMS link; `oauth` marks an
    /// OAuth 2.0 operation.
    func start(phone: String, projectID: String, loginURL: String?, payload: String?, sendLink: Bool, linkBase: String,
               oauth: OAuthRequest? = nil) throws(EmulatorRejection) -> SMSMessage
    {
        let instant = now()
        sweepIfDue(at: instant)
        if let wait = phoneLimiter.admit(phone, at: instant) { throw .rateLimited(retryAfter: wait) }
        if let previous = latestByPhone[phone] { discard(previous) }

        let id = UUID().uuidString.lowercased()
        let code = ConfirmationCode.random(length: configuration.codeLength)
        let linkToken = sendLink ? UUID().uuidString.lowercased() : nil
        operations[id] = PhoneOperation(id: id, phone: phone, code: code, projectID: projectID, loginURL: loginURL,
                                        payload: payload, expiresAt: instant + configuration.codeLifetime, linkToken: linkToken,
                                        oauth: oauth)
        latestByPhone[phone] = id
        if let linkToken { operationByLinkToken[linkToken] = id }

        let link = linkToken.map { "\(linkBase)/emulator/link/\($0)" }
        let lifetime = DurationWording.exact(seconds: Int(configuration.codeLifetime.components.seconds), abbreviated: true, in: .english)
        var text = "Your Xsolla Login code is \(code). It expires in \(lifetime)."
        if let link { text += " Or tap to log in: \(link)" }
        let message = SMSMessage(phoneNumber: phone, code: code, operationID: id, link: link,
                                 sentAt: SMSMessage.sentAt(clock.date), text: text)
        outbox.append(message)
        return message
    }

    /// Checks a code: single use, constant-time comparison, dead after too many wrong codes. The operation must be
    /// the caller's (a JWT-mode one of its project, an OAuth 2.0 one of its client); a success records the user.
    func confirm(phone: String, operationID: String, code: String, caller: OperationCaller) throws(EmulatorRejection) -> Confirmation {
        let instant = now()
        outbox.countConfirmAttempt(operationID: operationID)
        guard var operation = live(operationID, at: instant), operation.phone == phone,
              caller.owns(operation) else { throw .objectNotFound }
        guard ConfirmationCode.matches(code, operation.code) else {
            operation.wrongAttempts += 1
            let left = configuration.maximumWrongCodes - operation.wrongAttempts
            if left <= 0 { discard(operationID) } else { operations[operationID] = operation }
            throw .wrongCode(attemptsLeft: max(0, left))
        }
        discard(operationID)
        ledger.recordLogin(phone: phone, subject: TokenIssuer.userID(for: phone), at: clock.date)
        return Confirmation(phone: phone, projectID: operation.projectID, loginURL: operation.loginURL, payload: operation.payload,
                            oauth: operation.oauth)
    }

    /// Marks the link followed and releases the polls waiting on its operation; false if the link is unknown or dead.
    func followLink(_ token: String) -> Bool {
        guard let id = operationByLinkToken[token], var operation = live(id, at: now()) else { return false }
        operation.linkFollowed = true
        operations[id] = operation
        for (key, waiter) in waiters where waiter.operationID == id {
            waiters[key] = nil
            waiter.timer.cancel()
            waiter.continuation.resume(returning: .code(operation.code))
        }
        return true
    }

    /// Waits until the operation's link is followed (its code), it dies, or `timeout` passes.
    func waitForLink(operationID: String, phone: String, projectID: String, timeout: Duration) async -> PollOutcome {
        guard !closed else { return .shuttingDown }
        guard let operation = live(operationID, at: now()), operation.phone == phone, OperationCaller.linkPoll(projectID: projectID).owns(operation) else {
            return .gone
        }
        if operation.linkFollowed { return .code(operation.code) }
        let key = UUID()
        let limit = min(timeout, operation.expiresAt - now())
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let timer = Task { [weak self] in
                    try? await Task.sleep(for: limit)
                    guard !Task.isCancelled else { return }
                    await self?.endWait(key, with: .timedOut)
                }
                waiters[key] = Waiter(operationID: operationID, continuation: continuation, timer: timer)
                if Task.isCancelled { endWait(key, with: .gone) }
            }
        } onCancel: {
            Task { await self.endWait(key, with: .gone) }
        }
    }

    /// Ends one wait, if it is still waiting.
    private func endWait(_ key: UUID, with outcome: PollOutcome) {
        guard let waiter = waiters.removeValue(forKey: key) else { return }
        waiter.timer.cancel()
        if outcome == .timedOut, live(waiter.operationID, at: now()) == nil {
            waiter.continuation.resume(returning: .gone)
        } else {
            waiter.continuation.resume(returning: outcome)
        }
    }

    /// Releases every wait and refuses new ones: for shutting down without keeping long polls open.
    func close() {
        closed = true
        for key in Array(waiters.keys) { endWait(key, with: .shuttingDown) }
    }

    /// The outbox, oldest first, optionally only the messages to one number.
    func messages(to phone: String? = nil) -> [SMSMessage] {
        guard let phone else { return outbox.all }
        return outbox.messages(to: phone)
    }

    /// Empties the outbox.
    func clearOutbox() { outbox.removeAll() }

    /// How many operations are held (live or not yet swept): for tests of boundedness.
    var operationCount: Int { operations.count }

    /// What the store holds now, for `GET /emulator/stats`.
    var stats: EmulatorStats {
        var stats = EmulatorStats(operations: operations.count, outbox: outbox.count, linkWaiters: waiters.count,
                      rateLimitKeys: phoneLimiter.hits.count + (addressLimiter?.hits.count ?? 0),
                      oauthGrants: ledger.grantCount, oauthCodeExchanges: ledger.codeExchanges, oauthRefreshes: ledger.refreshes,
                      oauthRefreshRejections: ledger.refreshRejections)
        ledger.count(into: &stats)
        return stats
    }

    /// Forgets every operation, rate-limit count, SMS, OAuth 2.0 grant, user and counter; waiting polls answer 404.
    /// For `POST /emulator/reset`.
    func reset() {
        for id in Array(operations.keys) { discard(id) }
        for key in Array(waiters.keys) { endWait(key, with: .gone) }
        latestByPhone.removeAll()
        operationByLinkToken.removeAll()
        phoneLimiter.reset()
        addressLimiter?.reset()
        outbox.removeAll()
        ledger = OAuthLedger(configuration: configuration)
    }

    /// The operation if it exists and has not expired; an expired one is removed on the way.
    private func live(_ id: String, at instant: ContinuousClock.Instant) -> PhoneOperation? {
        guard let operation = operations[id] else { return nil }
        guard instant < operation.expiresAt else {
            discard(id)
            return nil
        }
        return operation
    }

    /// Removes an operation and everything pointing at it.
    private func discard(_ id: String) {
        guard let operation = operations.removeValue(forKey: id) else { return }
        if latestByPhone[operation.phone] == id { latestByPhone[operation.phone] = nil }
        if let token = operation.linkToken { operationByLinkToken[token] = nil }
        for (key, waiter) in waiters where waiter.operationID == id {
            waiters[key] = nil
            waiter.timer.cancel()
            waiter.continuation.resume(returning: .gone)
        }
    }

    /// Once a second at most: drops expired operations, idle rate-limit keys, and expired OAuth 2.0 codes and access
    /// tokens, so memory stays bounded.
    func sweepIfDue(at instant: ContinuousClock.Instant) {
        guard instant - lastSweep >= .seconds(1) else { return }
        sweep(at: instant)
    }

    /// After the clock moved: what the move expired goes at once, and waiting polls of expired operations answer 404.
    func clockMoved() { sweep(at: now()) }

    /// Drops what has expired at `instant` (see `sweepIfDue`).
    private func sweep(at instant: ContinuousClock.Instant) {
        lastSweep = instant
        let expired = operations.compactMap { id, operation in operation.expiresAt <= instant ? id : nil }
        for id in expired { discard(id) }
        phoneLimiter.sweep(at: instant)
        addressLimiter?.sweep(at: instant)
        ledger.sweep(at: instant, date: clock.date, tokenLifetime: configuration.tokenLifetime)
    }
}
