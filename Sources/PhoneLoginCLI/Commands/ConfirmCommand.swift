import ArgumentParser
import Foundation
import PhoneAuth

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

    @Option(name: .long, help: ArgumentHelp("OAuth 2.0: the state request --json printed; checked where login_url carries it back.", valueName: "state"))
    var state: String?

    @OptionGroup var words: LanguageOptions

    @OptionGroup var saving: SaveTokenOptions

    @OptionGroup(title: "Staying signed in") var sessions: SessionOptions

    @OptionGroup(title: "Countries") var countries: CountryOptions

    func validate() throws {
        if code == nil, !waitForLink { throw ValidationError("Give --code (or --code -) or --wait-for-link.") }
        if code != nil, waitForLink { throw ValidationError("--code and --wait-for-link exclude each other.") }
        if operationId.isEmpty { throw ValidationError("--operation-id must not be empty.") }
        if codeLifetime <= 0 { throw ValidationError("--code-lifetime must be positive.") }
    }

    func run() async throws {
        let language = words.resolved()
        let number = try countries.phone(phone, in: language)
        try saving.checkBeforeLogin()
        var typed = code
        if typed == "-" {
            guard let line = StandardStreams.readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
                throw CommandFailure("No code on stdin.", status: .usage)
            }
            typed = line
        }
        let given = typed
        let deadline = ContinuousClock.now + .seconds(codeLifetime)
        let operation = operationId
        let sentState = state
        let result = try await server.withClient(in: language) { client throws(AuthError) in
            if let sentState { client.remember(state: sentState, for: operation) }
            let code: String
            if let given { code = given } else {
                code = try await client.waitForLinkCode(phone: number, operationID: operation, until: deadline)
            }
            return try await client.completeAuth(phone: number, operationID: operation, code: code)
        }
        try saving.save(result)
        await sessions.record(result, configuration: try server.clientConfiguration())
        switch output {
        case .token: StandardStreams.output(result.token)
        case .loginURL: StandardStreams.output(result.loginURL)
        case .json: StandardStreams.output(result.jsonLine())
        }
    }
}
