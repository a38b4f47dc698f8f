import PhoneAuth
import PhoneLoginTerminal
import Testing
@testable import PhoneLoginCLI

/// The login's one line when it cannot draw: in the login's language, the commands and variables as they are typed.
@Suite("A terminal the login cannot use, in the login's language")
struct TerminalFailureWordingTests {
    @Test("no terminal: a usage failure naming request and confirm as typed", arguments: Language.allCases)
    func noTerminal(_ language: Language) {
        let failure = CommandFailure(TerminalError.noTerminal, in: language)
        #expect(failure.status == .usage)
        for typed in ["`phone-login request`", "`phone-login confirm`", "--help"] {
            #expect(failure.message.contains(typed), "\(language.tag): \(failure.message)")
        }
        if language != .english { #expect(failure.message != CommandFailure(TerminalError.noTerminal).message, "\(language.tag) is translated") }
    }

    @Test("an unknown TERM: a usage failure naming the type, TERM and a type to set", arguments: Language.allCases)
    func unknownTerminal(_ language: Language) {
        let failure = CommandFailure(TerminalError.unknownTerminal("vt-odd"), in: language)
        #expect(failure.status == .usage)
        for typed in ["vt-odd", "TERM", "xterm-256color", "`phone-login request`"] {
            #expect(failure.message.contains(typed), "\(language.tag): \(failure.message)")
        }
        if language != .english {
            #expect(failure.message != CommandFailure(TerminalError.unknownTerminal("vt-odd")).message, "\(language.tag) is translated")
        }
    }
}
