import Foundation
import PhoneLoginRuntime

extension FullScreenApp {
    /// Runs the kiosk until SIGTERM, SIGHUP or the admin key: the terminal in raw mode (Ctrl-C, Ctrl-Z and Ctrl-\ are
    /// keys, not signals; SIGINT means nothing), restored at the end; logins still being handed over are waited for.
    public func runKiosk(_ kiosk: KioskConfiguration) async throws -> RunOutcome {
        let configuration = self.configuration
        return try await runtime.run(signals: .kiosk, threadName: "phone-login kiosk") {
            KioskProgram(configuration: configuration, session: try TerminalSession(device: configuration.device, rawKeys: true, glyphs: configuration.glyphs), kiosk: kiosk)
        }
    }
}
