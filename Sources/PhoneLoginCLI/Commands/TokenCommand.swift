import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login token`: prints a valid access token for the project, from the stored sign-in.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print a valid token for the project: the stored one, refreshed when it has expired or is about to.",
        discussion: """
            When there is none and a person is at a terminal, it signs in first (not with --no-login). Without a terminal \
            it exits 9 (not signed in), so TOKEN=$(phone-login token) stays silent for as long as the session lasts. \
            Concurrent calls take turns on the store's lock: one refreshes, the others reuse its token.
            """)

    @OptionGroup var server: ServerOptions

    @Flag(name: .long, help: "Fail with exit 9 instead of signing in when no token can be had.")
    var noLogin = false

    @Option(name: .long, help: ArgumentHelp("Refresh a token with fewer seconds than this left.", valueName: "seconds"))
    var minValidity = 60

    @OptionGroup(title: "Signing in when needed") var plainMode: PlainOptions

    func validate() throws {
        guard minValidity >= 0 else { throw ValidationError("--min-validity must not be negative.") }
    }

    func run() async throws {
        try server.startLogging()
        let selection = try SessionSelection(server: server)
        let lookup = try await selection.lookup(server: server, margin: .seconds(minValidity))
        if let session = lookup.session {
            StandardStreams.output(session.accessToken)
            return
        }
        guard case .notSignedIn(let reason) = lookup else { return }
        guard !noLogin, server.isConfigured(), Self.personAtTerminal() else { throw CommandFailure(notSignedIn: reason) }
        var login = try LoginCommand.parse([])
        login.server = server
        login.plainMode = plainMode
        guard let result = try await login.interactiveLogin() else { throw CommandFailure(notSignedIn: reason) }
        StandardStreams.output(result.token)
    }

    /// Whether someone can answer a login: stdin is a terminal and `/dev/tty` opens.
    static func personAtTerminal() -> Bool {
        guard isatty(STDIN_FILENO) != 0 else { return false }
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { return false }
        close(terminal)
        return true
    }
}
