import ArgumentParser
import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginRuntime

extension LoginCommand {
    /// Whether no project is configured (no project id and no OAuth 2.0 client id, by flag or environment): demo mode.
    var isDemo: Bool { !server.isConfigured() }

    /// The flow's settings, from the options.
    func flowSettings(demo: Bool, language: Language) throws -> FlowSettings {
        var settings = FlowSettings(codeLifetime: .seconds(codeLifetime), resendCooldown: .seconds(resendCooldown),
                                    minimumCodeLength: codeLength, linkFlow: start.sendLink, demo: demo, language: language)
        do { settings.numberRules = try countries.rules() } catch { throw ValidationError(ErrorWording.message(for: error, in: language)) }
        return settings
    }

    /// What "tap the SMS link" does in demo mode (the emulator follows it); nil with a real server.
    func tapLink(demo: Bool, emulator: DemoEmulator) -> (@Sendable (String) async -> Void)? {
        demo ? { @Sendable operationID in await emulator.tapLink(of: operationID) } : nil
    }

    /// The service, prepared in the background so the first frame does not wait for it: in demo mode pointed at the
    /// emulator it starts (each SMS to `onSMS`); otherwise at the configured server, whose configuration is checked
    /// here, before anything is drawn (a bad one exits 2).
    func services(_ configuration: AuthClientConfiguration, demo: Bool, emulator: DemoEmulator,
                  onSMS: @escaping @Sendable (SMSMessage) -> Void) throws -> ServiceSource {
        if demo { return emulator.services(configuration, project: Self.demoProject, codeLifetime: codeLifetime, onSMS: onSMS) }
        do { _ = try configuration.validatedBaseURL() } catch { throw CommandFailure(error) }
        return ServiceSource { try AuthClient(configuration: configuration) }
    }
}
