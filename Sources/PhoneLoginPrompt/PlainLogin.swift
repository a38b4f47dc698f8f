import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginRuntime

/// The accessible plain mode: the login flow as line prompts, for screen readers, dumb terminals, serial consoles
/// and expect-style automation. The same `LoginFlow` and the same runtime as the full-screen UI; this only speaks it.
///
/// Prompts and announcements go to the output descriptor (stderr), answers come a line at a time from the input
/// descriptor (stdin). On a terminal the input is in canonical mode (the terminal's own line editing) with the echo
/// off for the code; the runtime sleeps in `poll` until a line, an answer, a signal or the next announcement.
public final class PlainLogin: Sendable {
    let configuration: PlainConfiguration
    let runtime: Runtime<PromptMessage>

    /// Creates the runner, its calls going to `services`; nothing is read or written until `run()`.
    public init(services: ServiceSource, configuration: PlainConfiguration) {
        self.configuration = configuration
        runtime = Runtime(services: services, options: configuration.startOptions, tapLink: configuration.tapLink)
    }

    /// Says a demo SMS as a line (callable from any thread, before or during `run`).
    public func smsArrived(to number: String, text: String) {
        runtime.post(.sms(to: number, text: text))
    }

    /// Runs the flow to its end on the runtime's thread and restores the terminal.
    public func run() async -> RunOutcome {
        let configuration = self.configuration
        return await runtime.run(signals: .plain, threadName: "phone-login prompts") { PromptProgram(configuration: configuration) }
    }
}
