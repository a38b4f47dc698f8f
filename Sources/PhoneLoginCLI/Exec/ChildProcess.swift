import Foundation
import Synchronization

/// The command `emulator exec` runs: spawned in phone-login's own process group (so it stays in the terminal's
/// foreground group: it can read the terminal, and Ctrl-C reaches it from the terminal as it reaches any command),
/// with default signal handling; signals sent to phone-login alone are passed on while it runs; always reaped.
final class ChildProcess: Sendable {
    /// What the relay knows: signals that came before the command started, or its pid while it may be signalled.
    private enum State {
        case starting(pending: [Int32])
        case running(pid_t)
        case ended
    }

    private let state = Mutex(State.starting(pending: []))

    /// A command not yet started.
    init() {}

    /// Passes a signal on to the command (kept until it starts); one the terminal sent to the whole foreground group
    /// has reached a running command already.
    func relay(_ signal: Int32, fromTerminal: Bool) {
        state.withLock { state in
            switch state {
            case .starting(let pending): state = .starting(pending: pending + [signal])
            case .running(let pid): if !fromTerminal { kill(pid, signal) }
            case .ended: break
            }
        }
    }

    /// The first signal that came before the command started, if any (then it is not started: exec ends as it would have).
    var signalBeforeStart: Int32? {
        state.withLock { state in
            if case .starting(let pending) = state { return pending.first }
            return nil
        }
    }

    /// Starts `words` (the first looked up in `PATH`) with `environment`; the `errno` of the failure if it cannot start.
    func start(_ words: [String], environment: [String: String]) -> Int32? {
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        return state.withLock { state -> Int32? in
            var pid: pid_t = 0
            let status = SpawnAttributes.with(newGroup: false) { attributes in
                posix_spawnp(&pid, words[0], nil, &attributes, arguments, variables)
            }
            guard status == 0 else { return status }
            let pending: [Int32]
            if case .starting(let kept) = state { pending = kept } else { pending = [] }
            state = .running(pid)
            for signal in pending { kill(pid, signal) }
            return nil
        }
    }

    /// Waits for the command to end (on a Dispatch thread, never blocking the cooperative pool), stops relaying to
    /// it, reaps it and returns its status as a shell gives it: the exit code, or 128 + the signal that killed it.
    func exitStatus() async -> Int32 {
        guard case .running(let pid) = state.withLock({ $0 }) else { return 0 }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                // Seen ended but not reaped (WNOWAIT), so the pid cannot be reused while a signal may still be passed on.
                var info = siginfo_t()
                while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1, errno == EINTR {}
                self.state.withLock { $0 = .ended }
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                let signal = status & 0x7F
                continuation.resume(returning: signal != 0 ? 128 + signal : (status >> 8) & 0xFF)
            }
        }
    }
}
