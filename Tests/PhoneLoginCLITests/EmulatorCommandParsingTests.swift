import ArgumentParser
import LoginEmulator
import Testing
@testable import PhoneLoginCLI

/// `phone-login emulator`'s OAuth 2.0 options, parsed in process, down to the configuration they make.
@Suite("The emulator command's OAuth 2.0 options")
struct EmulatorCommandParsingTests {
    @Test("the options reach the configuration", arguments: [
        ([], Duration.seconds(3_600), Duration.seconds(60), nil, Duration.seconds(86_400)),
        (["--access-token-lifetime", "5", "--authorization-code-lifetime", "2", "--oauth-client", "57", "--oauth-client", "58",
          "--token-lifetime", "100"], .seconds(5), .seconds(2), [57, 58], .seconds(100)),
    ] as [([String], Duration, Duration, Set<Int>?, Duration)])
    func options(_ arguments: [String], _ access: Duration, _ code: Duration, _ clients: Set<Int>?, _ jwt: Duration) throws {
        let command = try #require(try PhoneLoginCommand.parseAsRoot(["emulator"] + arguments) as? EmulatorCommand)
        let configuration = try command.configuration(secret: String(repeating: "s", count: 32))
        #expect(configuration.accessTokenLifetime == access)
        #expect(configuration.authorizationCodeLifetime == code)
        #expect(configuration.oauthClientIDs == clients)
        #expect(configuration.tokenLifetime == jwt)
    }

    @Test("bad values are refused", arguments: [
        (["--access-token-lifetime", "0"], "must be positive"),
        (["--authorization-code-lifetime=-1"], "must be positive"),
        (["--oauth-client", "abc"], "oauth-client"),
    ])
    func refusals(_ arguments: [String], _ says: String) {
        do {
            _ = try PhoneLoginCommand.parseAsRoot(["emulator"] + arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(PhoneLoginCommand.message(for: error).contains(says), "\(PhoneLoginCommand.message(for: error))")
        }
    }

    @Test("--help names the OAuth 2.0 options")
    func help() {
        let help = PhoneLoginCommand.helpMessage(for: EmulatorCommand.self)
        for option in ["--access-token-lifetime", "--authorization-code-lifetime", "--oauth-client", "--token-lifetime"] {
            #expect(help.contains(option), "\(option)")
        }
    }
}
