import PhoneAuth
import PhoneLoginTerminal

extension CommandFailure {
    /// The usage failure for a terminal the full-screen UI cannot use, in the login's `language`.
    init(_ error: TerminalError, in language: Language = .english) {
        switch error {
        case .noTerminal: self.init(language.text(.exitNoTerminal), status: .usage)
        case .unknownTerminal(let name): self.init(language.text(.exitUnknownTerminal, ["name": name]), status: .usage)
        }
    }
}
