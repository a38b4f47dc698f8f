import CNCursesW
import Dispatch
import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI

/// The full-screen login: curses keys and timers → the flow → effects → client calls → events back.
///
/// The loop runs on a thread of its own and sleeps in `poll` until a key, an answer, a signal or the flow's
/// next wake-up: nothing is drawn unless a frame differs from the last one.
public final class FullScreenApp: Sendable {
    let clients: ClientSource
    let configuration: FullScreenConfiguration
    let inbox = EventInbox()

    /// Creates the app; nothing touches the terminal until `run()`.
    public init(clients: ClientSource, configuration: FullScreenConfiguration) {
        self.clients = clients
        self.configuration = configuration
    }

    /// Shows an SMS in the demo panel (callable from any thread).
    public func smsArrived(_ line: ViewContext.SMSLine) {
        inbox.post(.sms(line))
    }

    /// Opens the terminal, runs the flow to its end, restores the terminal; throws if there is no usable terminal.
    public func run() async throws -> FullScreenOutcome {
        let signals = SignalWatch(inbox: inbox)
        defer { signals.stop() }
        return try await onTerminalThread(rawKeys: false) { session in
            var loop = EventLoop(app: self, session: session)
            return loop.run()
        }
    }

    /// Opens the terminal on a thread of its own, runs `body` there, and closes the terminal after it.
    func onTerminalThread<T: Sendable>(rawKeys: Bool, _ body: @escaping @Sendable (TerminalSession) -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    let session = try TerminalSession(rawKeys: rawKeys)
                    let value = body(session)
                    session.close()
                    continuation.resume(returning: value)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "phone-login terminal"
            thread.start()
        }
    }
}
