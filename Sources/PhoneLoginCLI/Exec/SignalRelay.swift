import Foundation
import Synchronization
import PhoneLoginRuntime

/// The write end of the relay's pipe, for the signal handler (which may touch nothing else).
private let relayWriteEnd = Atomic<Int32>(-1)

/// Catches SIGINT, SIGTERM and SIGHUP for `emulator exec` (they no longer end phone-login) and hands each to a
/// closure on a thread of its own, saying whether the terminal sent it.
///
/// The terminal sends Ctrl-C (and its hang-up) to the whole foreground process group, so a command in phone-login's
/// group has it already; `kill` reaches phone-login alone, and is passed on.
final class SignalRelay: Sendable {
    /// The signals relayed.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers (once per process) and starts the thread that calls `deliver(signal, fromTerminal)`.
    static func install(_ deliver: @escaping @Sendable (Int32, Bool) -> Void) -> SignalRelay? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        relayWriteEnd.store(writeEnd, ordering: .sequentiallyConsistent)
        DetachedThread.start {
            var bytes: [UInt8] = [0, 0]
            while true {
                let count = bytes.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, 2) }
                if count < 0, errno == EINTR { continue }
                guard count == 2 else { return }
                deliver(Int32(bytes[0]), bytes[1] != 0)
            }
        }
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { number, info, _ in
                // SI_KERNEL (0x80): sent by the kernel, as the terminal's Ctrl-C, Ctrl-\ and hang-up are.
                let fromTerminal: UInt8 = info?.pointee.si_code == 0x80 ? 1 : 0
                let saved = errno
                var bytes: (UInt8, UInt8) = (UInt8(truncatingIfNeeded: number), fromTerminal)
                _ = withUnsafeBytes(of: &bytes) { write(relayWriteEnd.load(ordering: .relaxed), $0.baseAddress, 2) }
                errno = saved
            }
            action.sa_flags = SA_SIGINFO | SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
        return SignalRelay()
    }

    private init() {}
}
