import Foundation
import ArgumentParser
import PhoneAuth
import PhoneLoginFlow

/// The options of `phone-login --kiosk`: a stand where one visitor after another signs in (docs/kiosk.md).
struct KioskOptions: ParsableArguments {
    @Flag(name: .long, help: "Run as a kiosk: a fresh form for each visitor, until SIGTERM (or the admin key).")
    var kiosk = false

    @Option(name: .long, help: ArgumentHelp("Seconds the success screen shows before the next visitor's form (default 5).", valueName: "seconds"))
    var kioskSuccessSeconds: Int?

    @Option(name: .long, help: ArgumentHelp("Seconds without a key, with something typed, before \"Are you still there?\" (default 60).", valueName: "seconds"))
    var idleTimeout: Int?

    @Option(name: .long, help: ArgumentHelp("Seconds \"Are you still there?\" counts down before starting over (default 20).", valueName: "seconds"))
    var idlePromptSeconds: Int?

    @Option(name: .long, help: ArgumentHelp("A control key that stops the kiosk when pressed twice within 2 s (default off: only SIGTERM stops it).", valueName: "key"))
    var adminKey: AdminKey?

    @Option(name: .long, help: ArgumentHelp("A command run by /bin/sh -c after each login, the token on its stdin.", valueName: "command"))
    var onLogin: String?

    @Option(name: .long, help: ArgumentHelp("Seconds --on-login may run before it is killed (default 10).", valueName: "seconds"))
    var onLoginTimeout: Int?

    @Option(name: .long, help: ArgumentHelp("Append a JSON line per login (time, masked phone, sub, expiry; no token) to this file, created 0600.", valueName: "file"))
    var logLogins: String?

    @Option(name: .long, help: ArgumentHelp("The kiosk's title over the form.", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("A banner in the kiosk's top bar, e.g. the event's name.", valueName: "text"))
    var banner: String?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds between repaints of the whole screen though nothing changed, for a terminal others may write to; 0 never (default \(Self.consoleRepaintSeconds) on a Linux console, else 0).",
        valueName: "seconds"))
    var repaintEvery: Int?

    /// The repaint's default period on a Linux console, in seconds: one whole frame (about 10 kB at 160×50) every few
    /// seconds, so a display erased by someone else's `\e[3J` or scrolled by a kernel message is whole again soon.
    static let consoleRepaintSeconds = 3

    func validate() throws {
        let kioskOnly: [(String, Bool)] = [
            ("--kiosk-success-seconds", kioskSuccessSeconds != nil), ("--idle-timeout", idleTimeout != nil),
            ("--idle-prompt-seconds", idlePromptSeconds != nil), ("--admin-key", adminKey != nil), ("--on-login", onLogin != nil),
            ("--on-login-timeout", onLoginTimeout != nil), ("--log-logins", logLogins != nil), ("--title", title != nil), ("--banner", banner != nil),
            ("--repaint-every", repaintEvery != nil),
        ]
        if !kiosk, let given = kioskOnly.first(where: { $0.1 }) { throw ValidationError("\(given.0) goes with --kiosk.") }
        for (name, value) in [("--kiosk-success-seconds", kioskSuccessSeconds), ("--idle-timeout", idleTimeout),
                              ("--idle-prompt-seconds", idlePromptSeconds), ("--on-login-timeout", onLoginTimeout)] {
            if let value, !(1...86_400).contains(value) { throw ValidationError("\(name) must be 1–86400 seconds.") }
        }
        if let repaintEvery, !(0...3_600).contains(repaintEvery) { throw ValidationError("--repaint-every must be 0–3600 seconds.") }
        if let onLogin, onLogin.trimmingSpacesAndTabs().isEmpty { throw ValidationError("--on-login needs a command.") }
    }

    /// The kiosk's timers and admin key around the flow's settings; the language key offers `languages` (those the
    /// terminal can draw).
    func settings(flow: FlowSettings, languages: [Language] = Language.allCases) -> KioskSettings {
        KioskSettings(flow: flow, idleTimeout: .seconds(idleTimeout ?? 60), promptDuration: .seconds(idlePromptSeconds ?? 20),
                      successDuration: .seconds(kioskSuccessSeconds ?? 5), adminKey: adminKey?.byte, languages: languages)
    }

    /// How often the whole screen is repainted: `--repaint-every`, else every few seconds on a Linux console (nil:
    /// never).
    func repaintInterval(onConsole: Bool) -> Duration? {
        let seconds = repaintEvery ?? (onConsole ? Self.consoleRepaintSeconds : 0)
        return seconds > 0 ? .seconds(seconds) : nil
    }
}
