import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginRuntime
import PhoneLoginTestSupport
import Synchronization
import Testing

/// The plain program in process, driven over pipes as a script drives it: lines in, prompts out, against the
/// in-process emulator. Serialized: each run installs the plain mode's signal handlers for the whole process.
@Suite("The plain program in process, over pipes", .serialized)
struct PlainLoginTests {
    /// A plain login reading `input` and writing to a pipe whose text is collected as it comes.
    final class Conversation: Sendable {
        let input: Int32
        private let feed: Int32
        private let output: Int32
        private let said = Mutex("")
        private let fed = Mutex(false)

        init() throws {
            let answers = try #require(CloseOnExec.pipe()), prompts = try #require(CloseOnExec.pipe())
            (input, feed, output) = (answers[0], answers[1], prompts[1])
            let readEnd = prompts[0]
            DedicatedThread.start { [self] in
                var chunk = [UInt8](repeating: 0, count: 4_096)
                while case let count = read(readEnd, &chunk, chunk.count), count > 0 {
                    let text = String(decoding: chunk[0..<count], as: UTF8.self)
                    self.said.withLock { $0 += text }
                }
                Glibc.close(readEnd)
            }
        }

        var outputDescriptor: Int32 { output }
        var text: String { said.withLock { $0 } }

        /// Types a line.
        func send(_ line: String) {
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(feed, $0.baseAddress, $0.count) }
        }

        /// Closes the answers: the end of input.
        func endInput() {
            if !fed.withLock({ done in defer { done = true }; return done }) { Glibc.close(feed) }
        }

        /// Waits until the output shows `text` `count` times.
        func waitFor(_ text: String, count: Int = 1) async throws -> String {
            let seen = await Polling.until(within: .seconds(30)) { self.text.components(separatedBy: text).count > count }
            guard seen else { throw ConversationTimeout(waitingFor: text, output: self.text) }
            return self.text
        }

        /// Closes what is left once the program has ended.
        func close() {
            endInput()
            Glibc.close(output)
            Glibc.close(input)
        }
    }

    /// A wait for the program's words that ran out.
    struct ConversationTimeout: Error, CustomStringConvertible {
        let waitingFor: String
        let output: String
        var description: String { "no \"\(waitingFor)\" in: \(output)" }
    }

    static func login(_ conversation: Conversation, _ client: AuthClient) -> PlainLogin {
        PlainLogin(services: ServiceSource { client }, configuration: PlainConfiguration(
            settings: FlowSettings(), startOptions: StartAuthOptions(), inputDescriptor: conversation.input,
            outputDescriptor: conversation.outputDescriptor))
    }

    @Test("a login: the number, the code from the SMS, signed in; the outcome carries the token")
    func login() async throws {
        try await EmulatorHarness.run { emulator, client in
            let conversation = try Conversation()
            defer { conversation.close() }
            let running = Task { await Self.login(conversation, client).run() }
            _ = try await conversation.waitFor("Phone number: ")
            conversation.send("+4915112345678")
            _ = try await conversation.waitFor("Code: ")
            let code = try #require(await emulator.messages().last?.code)
            conversation.send(code)
            let outcome = await running.value
            guard case .finished(.success(let result)) = outcome else {
                Issue.record("not signed in: \(outcome)\n\(conversation.text)")
                return
            }
            #expect(result.token.hasPrefix("eyJ"))
            #expect(conversation.text.contains("Signed in"), "\(conversation.text)")
            #expect(!conversation.text.contains(result.token), "the token is not written among the prompts")
        }
    }

    @Test("the end of input at the number: the end-of-input outcome, nothing sent")
    func endOfInput() async throws {
        try await EmulatorHarness.run { emulator, client in
            let conversation = try Conversation()
            defer { conversation.close() }
            let running = Task { await Self.login(conversation, client).run() }
            _ = try await conversation.waitFor("Phone number: ")
            conversation.endInput()
            #expect(await running.value == .endOfInput(standing: nil))
            #expect(await emulator.messages().isEmpty)
        }
    }
}
