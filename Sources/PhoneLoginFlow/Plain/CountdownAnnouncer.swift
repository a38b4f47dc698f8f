/// When the plain mode says how long a code has left: at 60, 30 and 10 seconds before its deadline, each once.
///
/// Computed from the deadline, never from counted ticks: a late wake-up (a suspended process, a loaded machine)
/// announces the time actually left, once, and skips the marks it slept through.
public struct CountdownAnnouncer: Equatable, Sendable {
    /// The seconds-left marks announced by default.
    public static let defaultMarks = [60, 30, 10]

    /// When the code stops working.
    public let deadline: ContinuousClock.Instant
    /// The marks still to come, largest first.
    public private(set) var remaining: [Int]

    /// An announcer for a code sent at `sentAt`: marks not below the lifetime are left out (the sending already said it).
    public init(deadline: ContinuousClock.Instant, sentAt: ContinuousClock.Instant, marks: [Int] = defaultMarks) {
        self.deadline = deadline
        let lifetime = Countdown.secondsLeft(until: deadline, at: sentAt)
        remaining = marks.filter { $0 > 0 && $0 < lifetime }.sorted(by: >)
    }

    /// The instant the next announcement is due, or nil when none is left.
    public var nextAnnouncement: ContinuousClock.Instant? {
        remaining.first.map { deadline - .seconds($0) }
    }

    /// The seconds left to announce at `now`, if a mark has been reached (every mark reached is then done);
    /// nil when none is due or the code has expired (the expiry is the flow's own notice).
    public mutating func take(at now: ContinuousClock.Instant) -> Int? {
        let left = Countdown.secondsLeft(until: deadline, at: now)
        guard left > 0 else {
            remaining = []
            return nil
        }
        guard remaining.contains(where: { $0 >= left }) else { return nil }
        remaining.removeAll { $0 >= left }
        return left
    }
}
