import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login confirm`: complete auth by phone number; prints the token.
struct ConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Complete the login with the SMS code and print the token.",
        discussion: """
            Give the code with --code, or --code - to read it from stdin (keeps it out of the process list), \
            or --wait-for-link to wait until the SMS link is followed (the request must have used --send-link).
            """)

    @OptionGroup var server: ServerOptions

    @Option(name: .long, help: ArgumentHelp("The phone number the code was sent to.", valueName: "number"))
    var phone: String

    @Option(name: .long, help: ArgumentHelp("The operation id that request printed.", valueName: "id"))
    var operationId: String

    @Option(name: .long, help: ArgumentHelp("The code from the SMS, or - to read it from stdin.", valueName: "code"))
    var code: String?

    @Flag(name: .long, help: "Wait for the SMS link to be followed instead of taking a code (/otc/code long poll).")
    var waitForLink = false

    @Option(name: .long, help: ArgumentHelp("With --wait-for-link: how many seconds the code lives.", valueName: "seconds"))
    var codeLifetime: Int = 180

    @Option(name: .long, help: ArgumentHelp("What to print: token, login-url or json.", valueName: "format"))
    var output: OutputFormat = .token

    @Option(name: .long, help: ArgumentHelp(
        "OAuth 2.0: the state request --json printed, for a confirm on another machine.",
        discussion: "Default: the state request remembered for this operation. login_url must carry it back unchanged.", valueName: "state"))
    var state: String?

    @OptionGroup var words: LanguageOptions

    @OptionGroup var saving: SaveTokenOptions

    @OptionGroup(title: "Staying signed in") var sessions: SessionOptions

    @OptionGroup(title: "Countries") var countries: CountryOptions

    /// The state `request` remembered for `operation`; without one, OAuth 2.0's check cannot be made, so the confirm
    /// is refused with words (usage) rather than trusting whatever state comes back.
    static func rememberedState(for operation: String) throws -> String {
        do {
            if let state = try SessionStore.standard().pendingState(for: operation) { return state }
        } catch let error as SessionStoreError {
            throw CommandFailure("\(ErrorWording.message(for: error)) Pass --state (request --json prints it).", status: .usage)
        }
        throw CommandFailure("""
            No state is remembered for operation \(operation) (the request was made on another machine or account, with \
            another configuration directory, or more than ten minutes ago): pass --state (request --json prints it).
            """, status: .usage)
    }

    func validate() throws {
        if code == nil, !waitForLink { throw ValidationError("Give --code (or --code -) or --wait-for-link.") }
        if code != nil, waitForLink { throw ValidationError("--code and --wait-for-link exclude each other.") }
        if operationId.isEmpty { throw ValidationError("--operation-id must not be empty.") }
        if codeLifetime <= 0 { throw ValidationError("--code-lifetime must be positive.") }
    }

    func run() async throws {
        let language = words.resolved()
        let number = try countries.phone(phone, in: language)
        try saving.checkBeforeLogin(in: language)
        var typed = code
        if typed == "-" {
            guard let line = StandardStreams.readLine()?.trimmingSpacesAndTabs(), !line.isEmpty else {
                throw CommandFailure("No code on stdin.", status: .usage)
            }
            typed = line
        }
        let given = typed
        let deadline = ContinuousClock.now + .seconds(codeLifetime)
        let operation = operationId
        let configuration = try server.clientConfiguration()
        let sentState = try state ?? (configuration.oauth == nil ? nil : Self.rememberedState(for: operation))
        let result: LoginResult
        do {
            result = try await server.withClient(in: language) { client throws(AuthError) in
                if let sentState { client.remember(state: sentState, for: operation) }
                let code: String
                if let given { code = given } else {
                    code = try await client.waitForLinkCode(phone: number, operationID: operation, until: deadline)
                }
                return try await client.completeAuth(phone: number, operationID: operation, code: code)
            }
        } catch let failure as CommandFailure where failure.status == .badResponse && configuration.oauth != nil {
            // The server confirmed, then its answer was refused (a state not as sent, a bad token): the operation is
            // spent, so its state is not kept for another try.
            _ = try? await SessionStore.standard().forgetRequest(operation)
            throw failure
        }
        if configuration.oauth != nil { _ = try? await SessionStore.standard().forgetRequest(operation) }
        try saving.save(result, in: language)
        await sessions.record(result, configuration: configuration, language: language)
        switch output {
        case .token: StandardStreams.output(result.token)
        case .loginURL: StandardStreams.output(result.loginURL)
        case .json: StandardStreams.output(result.jsonLine())
        }
    }
}
