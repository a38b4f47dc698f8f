import Foundation
import PhoneAuth
import PhoneLoginFlow

/// The accessible plain mode: the login flow as line prompts, for screen readers, dumb terminals, serial consoles
/// and expect-style automation. The same `LoginFlow` and the same `AuthClient` as the full-screen UI; this only runs them.
///
/// Prompts and announcements go to the output descriptor (stderr), answers come a line at a time from the input
/// descriptor (stdin). On a terminal the input is in canonical mode (the terminal's own line editing) with the echo
/// off for the code; the loop sleeps in `poll` until a line, an answer, a signal or the next announcement.
public final class PlainLogin: Sendable {
    let configuration: PlainConfiguration
    let inbox = PromptInbox()

    /// Creates the runner; nothing is read or written until `run(client:)`.
    public init(configuration: PlainConfiguration) {
        self.configuration = configuration
    }

    /// Says a demo SMS as a line (callable from any thread, before or during `run`).
    public func smsArrived(to number: String, text: String) {
        inbox.post(.sms(to: number, text: text))
    }

    /// Runs the flow to its end on a thread of its own and restores the terminal; `client` gives the client to call
    /// (in demo mode it waits for the emulator to start).
    public func run(client: @escaping @Sendable () async throws(AuthError) -> AuthClient) async -> PlainOutcome {
        let signals = PromptSignals(inbox: inbox)
        defer { signals.stop() }
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                var loop = PromptLoop(login: self, client: client)
                continuation.resume(returning: loop.run())
            }
            thread.name = "phone-login prompts"
            thread.start()
        }
    }
}
