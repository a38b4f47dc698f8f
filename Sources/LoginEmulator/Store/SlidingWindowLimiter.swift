import NIOCore

/// Counts requests per key in a sliding window: pure, handed the time.
struct SlidingWindowLimiter: Sendable {
    let limit: RateLimit
    private(set) var hits: [String: [ContinuousClock.Instant]] = [:]
    /// Every admitted request in time order, so a sweep looks only at the keys whose requests just left the window.
    private var timeline = CircularBuffer<(key: String, at: ContinuousClock.Instant)>()

    init(limit: RateLimit) { self.limit = limit }

    /// Admits a request for `key` at `now`, or returns the whole seconds until the next one would be admitted.
    mutating func admit(_ key: String, at now: ContinuousClock.Instant) -> Int? {
        let window = limit.window, requests = limit.requests
        var wait: Int?
        func count(_ times: inout [ContinuousClock.Instant]) {
            times.removeAll { now - $0 >= window }
            guard times.count < requests else {
                let (seconds, attoseconds) = (window - (now - times[0])).components
                wait = Int(seconds) + (attoseconds > 0 ? 1 : 0)
                return
            }
            times.append(now)
        }
        count(&hits[key, default: []])
        if wait == nil { timeline.append((key, now)) }
        return wait
    }

    /// Forgets keys whose hits have all left the window (keeps memory bounded); its cost is the number of requests
    /// that left the window since the last sweep, not the number of keys.
    mutating func sweep(at now: ContinuousClock.Instant) {
        while let oldest = timeline.first, now - oldest.at >= limit.window {
            timeline.removeFirst()
            if let times = hits[oldest.key], !times.contains(where: { now - $0 < limit.window }) { hits[oldest.key] = nil }
        }
    }

    /// Forgets everything.
    mutating func reset() {
        hits = [:]
        timeline.removeAll()
    }
}
