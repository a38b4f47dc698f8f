/// Counts requests per key in a sliding window: pure, handed the time.
struct SlidingWindowLimiter: Sendable {
    let limit: RateLimit
    private(set) var hits: [String: [ContinuousClock.Instant]] = [:]

    init(limit: RateLimit) { self.limit = limit }

    /// Admits a request for `key` at `now`, or returns the whole seconds until the next one would be admitted.
    mutating func admit(_ key: String, at now: ContinuousClock.Instant) -> Int? {
        var times = hits[key, default: []]
        times.removeAll { now - $0 >= limit.window }
        if times.count >= limit.requests {
            hits[key] = times
            let wait = limit.window - (now - times[0])
            let (seconds, attoseconds) = wait.components
            return Int(seconds) + (attoseconds > 0 ? 1 : 0)
        }
        times.append(now)
        hits[key] = times
        return nil
    }

    /// Forgets keys whose hits have all left the window (keeps memory bounded).
    mutating func sweep(at now: ContinuousClock.Instant) {
        hits = hits.filter { _, times in times.contains { now - $0 < limit.window } }
    }

    /// Forgets everything.
    mutating func reset() { hits = [:] }
}
