/// Why the clock was not moved.
public enum EmulatorClockError: Error, Sendable, Equatable {
    /// The move would take it back by this many seconds (negative): it only moves forward.
    case backwards(Double)
    /// The move would take it past `EmulatorClock.latest`.
    case tooFar
}
