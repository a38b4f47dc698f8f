/// Time left, computed from a deadline and shown as `m:ss`: never counted in ticks.
public enum Countdown {
    /// Whole seconds left before `deadline`, rounded up (0 once it has passed).
    public static func secondsLeft(until deadline: ContinuousClock.Instant, at now: ContinuousClock.Instant) -> Int {
        let left = deadline - now
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        return Int(seconds) + (attoseconds > 0 ? 1 : 0)
    }

    /// `m:ss` for a number of seconds, e.g. `3:00`, `0:09`.
    public static func text(seconds: Int) -> String {
        let clamped = max(0, seconds)
        let rest = clamped % 60
        return "\(clamped / 60):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// `m:ss` left before `deadline`.
    public static func text(until deadline: ContinuousClock.Instant, at now: ContinuousClock.Instant) -> String {
        text(seconds: secondsLeft(until: deadline, at: now))
    }

    /// The next instant at which the shown seconds change, or nil once the deadline has passed.
    public static func nextChange(of deadline: ContinuousClock.Instant, after now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let left = secondsLeft(until: deadline, at: now)
        guard left > 0 else { return nil }
        return deadline - .seconds(left - 1)
    }
}
