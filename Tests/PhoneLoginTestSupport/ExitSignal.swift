import Foundation
import Synchronization

/// A one-shot signal that a process exited, awaited without blocking a thread.
final class ExitSignal: Sendable {
    private let state = Mutex<(fired: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))
    private let time = Mutex<ContinuousClock.Instant?>(nil)

    /// When `fire()` was first called (on the thread that called it), if it has been.
    var firedAt: ContinuousClock.Instant? { time.withLock { $0 } }

    /// Marks the exit and wakes every waiter.
    func fire() {
        time.withLock { $0 = $0 ?? .now }
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.fired = true
            defer { state.waiters = [] }
            return state.waiters
        }
        waiters.forEach { $0.resume() }
    }

    /// Returns once `fire()` has been called.
    func wait() async {
        await withCheckedContinuation { continuation in
            let already = state.withLock { state -> Bool in
                if !state.fired { state.waiters.append(continuation) }
                return state.fired
            }
            if already { continuation.resume() }
        }
    }
}
