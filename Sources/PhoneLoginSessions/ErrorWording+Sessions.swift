import PhoneAuthModel

extension ErrorWording {
    /// A sentence for a session-store problem, naming the file, in `language` (the login's own; English for the
    /// session commands, see docs/languages.md).
    public static func message(for error: SessionStoreError, in language: Language = .english) -> String {
        switch error {
        case .noDirectory: language.text(.storeNoDirectory)
        case .symbolicLink(let path): language.text(.storeSymbolicLink, ["path": path])
        case .notADirectory(let path): language.text(.storeNotADirectory, ["path": path])
        case .unreadable(let path, let reason): language.text(.storeUnreadable, ["path": path, "reason": reason])
        case .corrupt(let path, let reason): language.text(.storeCorrupt, ["path": path, "reason": reason])
        case .lockTimeout(let path, let seconds): language.text(.storeLockTimeout, ["path": path, "seconds": String(seconds)])
        }
    }
}

extension ErrorWording {
    /// A sentence for why no token can be had, saying what to do: sign in with `phone-login`.
    public static func message(for reason: NotSignedInReason, in language: Language = .english) -> String {
        switch reason {
        case .noSession: language.text(.notSignedInNoSession)
        case .expired: language.text(.notSignedInExpired)
        case .refreshRefused(let error): language.text(.notSignedInRefused, ["reason": message(for: error, in: language)])
        }
    }
}
