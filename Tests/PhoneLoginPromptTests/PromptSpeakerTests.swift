import Foundation
@testable import PhoneLoginPrompt
import PhoneLoginTestSupport
import Testing

@Suite("Writing the conversation")
struct PromptSpeakerTests {
    enum Step: Sendable { case say(String), ask(String), answered, end }

    /// Steps, whether the terminal ends an answered line itself, and everything written.
    static let cases: [(String, [Step], Bool, Bool, String)] = [
        ("a line said under an open prompt starts on its own line", [.ask("Code: "), .say("30 seconds left."), .ask("Code: ")], true, false,
         "Code: \n30 seconds left.\nCode: "),
        ("an answer from a pipe: the prompt's line ended here", [.ask("Phone number: "), .answered, .say("Sending a code…")], false, false,
         "Phone number: \nSending a code…\n"),
        ("an answer on the terminal: its echo ended the line", [.ask("Phone number: "), .answered, .say("Sending a code…")], true, false,
         "Phone number: Sending a code…\n"),
        ("leaving with a prompt open ends its line", [.ask("Code: "), .end, .end], true, false, "Code: \n"),
        ("ASCII where the locale is not UTF-8", [.say("Code sent to …78. “x” – y")], true, true, "Code sent to .78. \"x\" - y\n"),
    ]

    @Test("what is written", arguments: cases)
    func writing(_ example: (String, [Step], Bool, Bool, String)) throws {
        // Closed on exec: a program another test starts meanwhile must not hold the write end open (no end of input).
        let ends = try #require(CloseOnExec.pipe())
        var speaker = PromptSpeaker(descriptor: ends[1], ascii: example.3, terminalEndsLine: example.2)
        for step in example.1 {
            switch step {
            case .say(let line): speaker.say(line)
            case .ask(let prompt): speaker.ask(prompt)
            case .answered: speaker.answered()
            case .end: speaker.endPrompt()
            }
        }
        close(ends[1])
        let written = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
        #expect(String(decoding: written, as: UTF8.self) == example.4, "\(example.0)")
    }
}
