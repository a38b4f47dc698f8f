import Foundation
import PhoneLoginFlow

extension FullScreenApp {
    /// Signals a kiosk ignores while it runs: Ctrl-\ and Ctrl-Z sent by `kill`, and a hook closing its stdin early.
    static let kioskIgnoredSignals: [Int32] = [SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE]

    /// Runs the kiosk until SIGTERM, SIGHUP or the admin key: the terminal in raw mode (Ctrl-C, Ctrl-Z and Ctrl-\ are
    /// keys, not signals; SIGINT is ignored), restored at the end; logins still being handed over are waited for.
    public func runKiosk(_ kiosk: KioskConfiguration) async throws -> KioskOutcome {
        Self.kioskIgnoredSignals.forEach { signal($0, SIG_IGN) }
        defer { Self.kioskIgnoredSignals.forEach { signal($0, SIG_DFL) } }
        let signals = SignalWatch(inbox: inbox)
        defer { signals.stop() }
        let (outcome, handOffs) = try await onTerminalThread(rawKeys: true) { session in
            var loop = KioskLoop(app: self, session: session, kiosk: kiosk)
            let outcome = loop.run()
            return (outcome, loop.handOffs)
        }
        for handOff in handOffs { await handOff.value }
        return outcome
    }
}
