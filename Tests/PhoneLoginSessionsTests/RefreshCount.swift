import Synchronization

/// A counter the concurrent refreshes of a test share.
final class RefreshCount: Sendable {
    private let count = Mutex(0)

    /// Counts one more and returns the new count.
    func next() -> Int { count.withLock { $0 += 1; return $0 } }

    /// The count so far.
    var value: Int { count.withLock { $0 } }
}
