import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginTerminal
import PhoneLoginUI

extension LoginCommand {
    /// `--kiosk` never prints a token: logins go to `--on-login` and `--log-logins` instead.
    func validateKiosk() throws {
        if kiosk.kiosk, output != .none {
            throw ValidationError("--kiosk never prints the token: pass it on with --on-login instead of --output.")
        }
        if kiosk.kiosk, saving.saveToken != nil {
            throw ValidationError("--kiosk never saves the token (each visitor would overwrite the last): pass it on with --on-login instead of --save-token.")
        }
    }

    /// Runs the kiosk until SIGTERM (exit 143), SIGHUP (129) or the admin key (0), then stops the service and the demo.
    func runKiosk(services: ServiceSource, configuration: FullScreenConfiguration, feed: SMSFeed, demoEmulator: DemoEmulator,
                  language: Language) async throws {
        let log = kiosk.logLogins.map(LoginLog.init(path:))
        let hook = kiosk.onLogin.map { LoginHook(command: $0, timeout: .seconds(kiosk.onLoginTimeout ?? 10)) }
        let kioskConfiguration = KioskConfiguration(
            settings: kiosk.settings(flow: configuration.settings, languages: Language.drawable(on: configuration.glyphs)),
            branding: KioskBranding(title: kiosk.title, banner: kiosk.banner),
            repaintInterval: kiosk.repaintInterval(onConsole: ConsoleFont.isVirtualConsole())) { result, phone in
                let outcome = await hook?.run(token: result.token, environment: LoginHook.environment(for: result, phone: phone))
                let logged = log?.append(LoginLogLine(result, phone: phone, hook: outcome, at: Date()))
                return HandOffReport(hook: outcome, logged: logged)
            }
        _ = try await signIn(services: services, demoEmulator: demoEmulator, language: language) {
            try log?.check()
            let app = FullScreenApp(services: services, configuration: configuration)
            feed.attach(app)
            return try await app.runKiosk(kioskConfiguration)
        }
    }
}
