import PhoneLoginTerminal

extension CommandFailure {
    /// The usage failure for a terminal the full-screen UI cannot use.
    init(_ error: TerminalError) {
        switch error {
        case .noTerminal:
            self.init("No terminal to draw on. For scripts use `phone-login request` and `phone-login confirm` (see --help).", status: .usage)
        case .unknownTerminal(let name):
            self.init("Unknown terminal type \(name) in TERM. Set TERM (e.g. xterm-256color), or use `phone-login request` and `phone-login confirm`.", status: .usage)
        }
    }
}
