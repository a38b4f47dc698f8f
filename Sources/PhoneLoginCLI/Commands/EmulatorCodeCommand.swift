import ArgumentParser
import Foundation
import LoginEmulator
import PhoneAuth

/// `phone-login emulator code --phone P`: the newest code a running emulator sent to a number, for scripts.
struct EmulatorCodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Print the newest code a running emulator sent to a number.",
        discussion: """
            Reads the emulator's outbox at --url (default: $PHONE_LOGIN_EMULATOR_URL, which emulator exec sets, else \
            \(OutboxClient.defaultRoot)). With --wait S it waits up to S seconds for a code sent after it started \
            (one already in the outbox when it starts does not count), so start it before the request; it says \
            "Waiting up to S seconds for a new code to P." on stderr once it is waiting. Exit 4 when there is none.
            """)

    @Option(name: .long, help: ArgumentHelp("The phone number the code went to, e.g. +14155550100.", valueName: "number"))
    var phone: String

    @Option(name: .long, help: ArgumentHelp("The emulator's /emulator root.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Wait up to this long for a new code (0: take the newest now).", valueName: "seconds"))
    var wait: Double = 0

    @Flag(name: .long, help: "Allow plain http:// to a host that is not loopback.")
    var insecure = false

    @OptionGroup(title: "Countries") var countries: CountryOptions

    func validate() throws {
        guard wait >= 0, wait.isFinite, wait <= 86_400 else { throw ValidationError("--wait must be 0–86400 seconds.") }
    }

    func run() async throws {
        let number = try countries.phone(phone)
        let outbox = try OutboxClient(url: url, insecure: insecure)
        let code = wait > 0 ? try await Self.newCode(to: number.e164, from: outbox, within: wait)
            : try await outbox.messages(to: number.e164).messages.last?.code
        guard let code else {
            let words = wait > 0 ? "No new code was sent to \(number.e164) within \(Self.seconds(wait))."
                : "No code has been sent to \(number.e164) (the outbox at \(outbox.root) has none for it)."
            throw CommandFailure(words, status: .operationNotFound)
        }
        StandardStreams.output(code)
    }

    /// The newest code sent to `phone` after this call began, polling the outbox until `limit` seconds have passed.
    ///
    /// New means not in the outbox when the wait began (by the message, not by `sent_at`): the emulator's clock need not
    /// be this machine's, and a message sent in the same millisecond as the first look still counts.
    static func newCode(to phone: String, from outbox: OutboxClient, within limit: Double) async throws -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(limit * 1000))
        let seen = Set(try await outbox.messages(to: phone).messages.map(Seen.init))
        // Said once the outbox has been read: from here on a request's code counts (a script can wait for this line).
        StandardStreams.error("Waiting up to \(seconds(limit)) for a new code to \(phone).")
        while true {
            if let fresh = try await outbox.messages(to: phone).messages.last(where: { !seen.contains(Seen($0)) }) { return fresh.code }
            guard clock.now < deadline else { return nil }
            try await Task.sleep(for: min(.milliseconds(100), deadline - clock.now))
        }
    }

    /// A message's identity in the outbox (its confirm count changes; the rest does not).
    private struct Seen: Hashable {
        let operationID: String, code: String, sentAt: String
        init(_ message: SMSMessage) { (operationID, code, sentAt) = (message.operationID, message.code, message.sentAt) }
    }

    /// "1 second", "2.5 seconds".
    static func seconds(_ value: Double) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        return value == 1 ? "1 second" : "\(text) seconds"
    }
}
