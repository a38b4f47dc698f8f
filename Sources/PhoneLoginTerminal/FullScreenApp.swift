import Foundation
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginUI

/// The full-screen login and the kiosk: curses keys and timers → the flow → effects → service calls → events back,
/// run by the one `Runtime` on a thread of its own; nothing is drawn unless a frame differs from the last one.
public final class FullScreenApp: Sendable {
    let configuration: FullScreenConfiguration
    let runtime: Runtime<TerminalMessage>

    /// Creates the app; nothing touches the terminal until `run()`.
    public init(services: ServiceSource, configuration: FullScreenConfiguration) {
        self.configuration = configuration
        self.runtime = Runtime(services: services, options: configuration.startOptions, tapLink: configuration.tapLink)
    }

    /// Shows an SMS in the demo panel (callable from any thread).
    public func smsArrived(_ line: ViewContext.SMSLine) {
        runtime.post(.sms(line))
    }

    /// Opens the terminal, runs the flow to its end, restores the terminal; throws `TerminalError` if there is no
    /// usable terminal.
    public func run() async throws -> RunOutcome {
        let configuration = self.configuration
        return try await runtime.run(signals: .fullScreen, threadName: "phone-login terminal") {
            FullScreenProgram(configuration: configuration, session: try TerminalSession(device: configuration.device, rawKeys: false, glyphs: configuration.glyphs))
        }
    }
}
