import ArgumentParser
import Foundation
import LoginEmulator
import PhoneAuth

/// `phone-login emulator sms`: a running emulator's SMS outbox, a line each or as JSON.
struct EmulatorSMSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "List the SMS messages a running emulator has sent, oldest first.",
        discussion: """
            A line each: when (UTC), the number, the code, the operation id. --json prints the outbox as GET /emulator/sms \
            gives it. The emulator is at --url (default: $PHONE_LOGIN_EMULATOR_URL, else \(OutboxClient.defaultRoot)).
            """)

    @Option(name: .long, help: ArgumentHelp("Only the messages to this number.", valueName: "number"))
    var phone: String?

    @Option(name: .long, help: ArgumentHelp("The emulator's /emulator root.", valueName: "url"))
    var url: String?

    @Flag(name: .long, help: "Print the outbox as JSON.")
    var json = false

    @Flag(name: .long, help: "Allow plain http:// to a host that is not loopback.")
    var insecure = false

    @OptionGroup(title: "Countries") var countries: CountryOptions

    func run() async throws {
        let number = try phone.map { try countries.phone($0) }
        let outbox = try OutboxClient(url: url, insecure: insecure)
        let (messages, data) = try await outbox.messages(to: number?.e164)
        if json {
            StandardStreams.output(String(decoding: data, as: UTF8.self))
        } else {
            for message in messages { StandardStreams.output(Self.line(message)) }
        }
    }

    /// One message as a line: `2026-12-07T20:41:07.123Z  +15555550100  4821  operation 6f1c…`.
    static func line(_ message: SMSMessage) -> String {
        "\(message.sentAt)  \(message.phoneNumber)  \(message.code)  operation \(message.operationID)"
    }
}
