import ArgumentParser
import Foundation
import PhoneAuth

/// `phone-login request`: start auth by phone number; prints the operation id.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Send a confirmation code by SMS and print the operation id.",
        discussion: """
            The number may be typed with spaces, dashes or parentheses, or with 00 for +: it is normalised to E.164.             With --client-id (OAuth 2.0) --json also prints the random state sent; pass it to confirm --state to check it.
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
        if json {
            var object = ["operation_id": operationID, "phone_number": number.e164]
            if let state { object["state"] = state }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            StandardStreams.output(String(decoding: data, as: UTF8.self))
        } else {
            StandardStreams.output(operationID)
        }
    }
}
