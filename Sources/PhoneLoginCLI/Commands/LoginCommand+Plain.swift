import Foundation
import PhoneAuth
import PhoneLoginPrompt

extension LoginCommand {
    /// The accessible plain mode: the same flow, service, options, `--output` and exit codes as the full screen,
    /// as line prompts on stderr answered on stdin (a terminal, or a pipe).
    func runPlain(in language: Language) async throws -> LoginResult? {
        let demo = isDemo
        let configuration = try server.clientConfiguration()
        let demoEmulator = DemoEmulator()
        let plainConfiguration = PlainConfiguration(
            settings: try flowSettings(demo: demo, language: language), startOptions: try start.startAuthOptions(defaultLinkURL: Self.defaultLinkURL),
            tapLink: tapLink(demo: demo, emulator: demoEmulator))
        let feed = SMSFeed(codeLifetime: .seconds(codeLifetime), language: language)
        let services = try services(configuration, demo: demo, emulator: demoEmulator) { feed.deliver($0) }
        return try await signIn(services: services, demoEmulator: demoEmulator, language: language) {
            let prompts = PlainLogin(services: services, configuration: plainConfiguration)
            feed.attach(prompts)
            return await prompts.run()
        }
    }
}
