import Synchronization

/// When clients hung up on requests a fault was holding, as the connection's event loop saw it: the moment the
/// hang-up arrived, not when the request's task next ran (which waits its turn on a busy machine).
final class HangUpLog: Sendable {
    private let instants = Mutex<[ContinuousClock.Instant]>([])

    /// Notes a hang-up on a held request, which happened at `instant`.
    func note(at instant: ContinuousClock.Instant) {
        instants.withLock { $0.append(instant) }
    }

    /// Every hang-up noted, in order.
    var all: [ContinuousClock.Instant] { instants.withLock { $0 } }
}
