import Foundation
import PhoneAuth

/// A failure a command reports: one line for stderr and the exit code.
struct CommandFailure: Error {
    /// The line shown on stderr after `phone-login: `.
    let message: String
    /// The exit code.
    let status: ExitStatus

    /// A failure with its own words.
    init(_ message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    /// A failure for an auth error, worded by `ErrorWording` in `language`.
    init(_ error: AuthError, in language: Language = .english) {
        self.init(ErrorWording.message(for: error, in: language), status: ExitStatus(error))
    }

    /// The program was stopped by a signal (the terminal already restored): SIGHUP 129, SIGTERM (any other) 143.
    init(signal: Int32, in language: Language = .english) {
        self = signal == SIGHUP ? CommandFailure(language.text(.exitHungUp), status: .hungUp)
            : CommandFailure(language.text(.exitTerminated), status: .terminated)
    }
}
