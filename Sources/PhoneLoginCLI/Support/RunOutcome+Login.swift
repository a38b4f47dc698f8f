import PhoneAuth
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginRuntime

extension RunOutcome {
    /// The login the run ended with (nil: a kiosk stopped by its admin key, exit 0), or the failure that says how it
    /// ended without one: the one mapping from every front-end's outcome to the exit codes.
    func login(in language: Language = .english) throws(CommandFailure) -> LoginResult? {
        switch self {
        case .finished(.success(let result)): return result
        case .finished(.cancelled): throw CommandFailure(language.text(.errorCancelled), status: .cancelled)
        case .finished(.interrupted): throw CommandFailure(language.text(.exitInterrupted), status: .interrupted)
        case .endOfInput(let standing): throw CommandFailure(endOfInput: standing, in: language)
        case .stoppedByAdminKey: return nil
        case .signalled(let number): throw CommandFailure(signal: number, in: language)
        }
    }
}

extension CommandFailure {
    /// Why the plain mode stopped at the end of its input: the problem still standing decides the exit code
    /// (a wrong code 3, an expired code 4, a rate limit 5, an unreachable server 6, …), else it was cancelled (1).
    init(endOfInput standing: FlowNotice?, in language: Language = .english) {
        switch standing {
        case .failed(let error)?: self.init(error, in: language)
        case .invalidPhone(let rejection)?: self.init(.invalidPhone(rejection), in: language)
        case .codeExpired?: self.init(PlainWording.expiredAtEnd(in: language), status: .operationNotFound)
        default: self.init(PlainWording.endOfInput(in: language), status: .cancelled)
        }
    }
}
