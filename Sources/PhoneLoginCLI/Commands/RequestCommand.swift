import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login request`: start auth by phone number; prints the operation id.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Send a confirmation code by SMS and print the operation id.",
        discussion: """
            The number may be typed with spaces, dashes or parentheses, or with 00 for +: it is normalised to E.164. \
            With --client-id (OAuth 2.0) the random state sent is remembered for ten minutes in the configuration directory \
            (requests.json, 0600), and confirm checks it; --json prints it too, for confirm --state on another machine.
            """)

    @OptionGroup var server: ServerOptions

    @Option(name: .long, help: ArgumentHelp("The phone number, e.g. +14155550100.", valueName: "number"))
    var phone: String

    @OptionGroup var start: StartOptions

    @OptionGroup var words: LanguageOptions

    @OptionGroup(title: "Countries") var countries: CountryOptions

    @Flag(name: .long, help: "Print a JSON object instead of the bare operation id.")
    var json = false

    func validate() throws {
        _ = try start.startAuthOptions(defaultLinkURL: nil)
    }

    func run() async throws {
        let language = words.resolved()
        let number = try countries.phone(phone, in: language)
        let options = try start.startAuthOptions(defaultLinkURL: nil)
        let (operationID, state) = try await server.withClient(in: language) { client throws(AuthError) in
            let operationID = try await client.startAuth(phone: number, options: options)
            return (operationID, client.state(for: operationID))
        }
        if let state { await Self.remember(state, for: operationID) }
        if json {
            var object = ["operation_id": operationID, "phone_number": number.e164]
            if let state { object["state"] = state }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(object)
            StandardStreams.output(String(decoding: data, as: UTF8.self))
        } else {
            StandardStreams.output(operationID)
        }
    }

    /// Keeps the state sent with an OAuth 2.0 request for `confirm`; a store that cannot be written is a warning.
    static func remember(_ state: String, for operationID: String) async {
        do {
            try await SessionStore.standard().remember(PendingRequest(operationID: operationID, state: state))
        } catch let error as SessionStoreError {
            StandardStreams.error("phone-login: warning: \(ErrorWording.message(for: error)) The request's state was not remembered: pass it to confirm with --state (request --json prints it).")
        } catch {
            StandardStreams.error("phone-login: warning: the request's state was not remembered (\(error)): pass it to confirm with --state (request --json prints it).")
        }
    }
}
