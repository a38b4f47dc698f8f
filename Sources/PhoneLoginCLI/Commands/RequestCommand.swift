import ArgumentParser
import Foundation
import PhoneAuth

/// `phone-login request`: start auth by phone number; prints the operation id.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Send a confirmation code by SMS and print the operation id.",
        discussion: "The number may be typed with spaces, dashes or parentheses, or with 00 for +: it is normalised to E.164.")

    @OptionGroup var server: ServerOptions

    @Option(name: .long, help: ArgumentHelp("The phone number, e.g. +14155550100.", valueName: "number"))
    var phone: String

    @Flag(name: .long, help: "Put a link in the SMS that completes the login when followed (needs --link-url).")
    var sendLink = false

    @Option(name: .long, help: ArgumentHelp("Where the SMS link leads after confirming.", valueName: "url"))
    var linkUrl: String?

    @Option(name: .long, help: ArgumentHelp("The project's Callback URL to put the token on.", valueName: "url"))
    var loginUrl: String?

    @Option(name: .long, help: ArgumentHelp("Custom data returned in the token's payload claim (under 500 characters).", valueName: "text"))
    var payload: String?

    @Flag(name: .long, help: "Deactivate the user's other tokens (with_logout=1).")
    var logoutOthers = false

    @Flag(name: .long, help: "Print a JSON object instead of the bare operation id.")
    var json = false

    func validate() throws {
        if sendLink, linkUrl == nil { throw ValidationError("--send-link needs --link-url.") }
        if !sendLink, linkUrl != nil { throw ValidationError("--link-url goes with --send-link.") }
    }

    func run() async throws {
        let number = try ServerOptions.phone(phone)
        let options = StartAuthOptions(loginURL: loginUrl, payload: payload, logoutOthers: logoutOthers, linkURL: sendLink ? linkUrl : nil)
        let operationID = try await server.withClient { client throws(AuthError) in
            try await client.startAuth(phone: number, options: options)
        }
        if json {
            let object = ["operation_id": operationID, "phone_number": number.e164]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            StandardStreams.output(String(decoding: data, as: UTF8.self))
        } else {
            StandardStreams.output(operationID)
        }
    }
}
