import ArgumentParser
import Foundation

/// The `phone-login` command: signs in to Xsolla Login with a phone number and an SMS code.
@main
struct PhoneLoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phone-login",
        abstract: "Sign in to Xsolla Login with a phone number and an SMS code.",
        discussion: "Exit codes: 0 ok, 1 cancelled, 2 usage, 3 wrong code, 4 unknown or expired operation, 5 rate limited, 6 network, 7 rejected by the server, 8 bad server answer, 9 not signed in (token, whoami, status), 129 hung up, 130 interrupted, 143 terminated.",
        version: PhoneLoginVersion.current,
        subcommands: [LoginCommand.self, TokenCommand.self, StatusCommand.self, WhoamiCommand.self, LogoutCommand.self,
                      RequestCommand.self, ConfirmCommand.self, EmulatorCommand.self],
        defaultSubcommand: LoginCommand.self)

    /// Parses, runs, and exits with the documented codes (usage errors exit 2, not argument-parser's 64).
    static func main() async {
        // A closed pipe on stdout (`phone-login emulator | head`) must not kill the program: writes then fail with
        // EPIPE, which StandardStreams tolerates.
        signal(SIGPIPE, SIG_IGN)
        InheritedDescriptors.record()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let failure as CommandFailure {
            StandardStreams.error("phone-login: \(failure.message)")
            Foundation.exit(failure.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { StandardStreams.output(message) }
                Foundation.exit(0)
            }
            StandardStreams.error(message)
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
}
