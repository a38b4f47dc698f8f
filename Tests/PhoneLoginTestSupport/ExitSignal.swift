import Foundation
import Synchronization

/// A one-shot signal that a process exited, awaited without blocking a thread.
final class ExitSignal: Sendable {
    private let state = Mutex<(fired: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))
    private let time = Mutex<ContinuousClock.Instant?>(nil)
    private let code = Mutex<Int32?>(nil)

    /// When `fire()` was first called (on the thread that called it), if it has been.
    var firedAt: ContinuousClock.Instant? { time.withLock { $0 } }

    /// The exit code given to `fire(status:)` (128 + the signal number if a signal ended the process).
    var status: Int32? { code.withLock { $0 } }

    /// Whether `fire()` has been called.
    var hasFired: Bool { state.withLock { $0.fired } }

    /// Marks the exit (with the process's exit code, if known) and wakes every waiter.
    func fire(status: Int32? = nil) {
        time.withLock { $0 = $0 ?? .now }
        if let status { code.withLock { $0 = $0 ?? status } }
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
