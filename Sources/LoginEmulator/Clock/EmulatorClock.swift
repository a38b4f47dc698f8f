import Foundation
import Synchronization

/// The emulator's one clock: the real time plus an offset that only moves forward (`POST /emulator/clock`). Every
/// lifetime reads it: codes, resend and rate-limit windows, tokens' `iat`/`exp`, authorization codes, users' dates.
/// A link poll's own wait (`pollTimeout`) stays on real time: it bounds how long a connection is held, not a lifetime.
public final class EmulatorClock: Sendable {
    /// How far ahead of the real time the clock runs.
    private let offset = Mutex<Duration>(.zero)

    /// A clock at the real time.
    public init() {}

    /// The emulator's monotonic now, for lifetimes measured as durations.
    public var instant: ContinuousClock.Instant { ContinuousClock.now + offset.withLock { $0 } }

    /// The emulator's wall-clock now, for dates (`iat`, `exp`, a user's last login).
    public var date: Date { Date().addingTimeInterval(Self.seconds(offset.withLock { $0 })) }

    /// How far ahead of the real time the clock runs, in seconds.
    public var offsetSeconds: Double { Self.seconds(offset.withLock { $0 }) }

    /// The latest time the clock reaches: 9999-12-31T23:59:59Z (ISO 8601's four-digit years).
    public static let latest = Date(timeIntervalSince1970: 253_402_300_799)

    /// Moves the clock forward by `duration`; refuses a negative one, or one past `latest`.
    public func advance(by duration: Duration) throws(EmulatorClockError) {
        guard duration >= .zero else { throw .backwards(Self.seconds(duration)) }
        try offset.withLock { (value: inout Duration) throws(EmulatorClockError) in
            guard Date().addingTimeInterval(Self.seconds(value + duration)) <= Self.latest else { throw .tooFar }
            value += duration
        }
    }

    /// Moves the clock to `target`; refuses a time before the clock's now.
    public func set(to target: Date) throws(EmulatorClockError) {
        try offset.withLock { (value: inout Duration) throws(EmulatorClockError) in
            let ahead = target.timeIntervalSince(Date())
            let wanted = Duration.milliseconds(Int64((ahead * 1_000).rounded(.up)))
            guard wanted >= value else { throw .backwards(Self.seconds(wanted - value)) }
            guard target <= Self.latest else { throw .tooFar }
            value = wanted
        }
    }

    /// A duration in seconds, with its fraction.
    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
