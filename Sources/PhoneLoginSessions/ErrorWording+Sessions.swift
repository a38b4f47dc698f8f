import PhoneAuthModel

extension ErrorWording {
    /// A sentence for a session-store problem, naming the file.
    public static func message(for error: SessionStoreError) -> String {
        switch error {
        case .noDirectory:
            "Cannot find where to keep the sign-in: set XDG_CONFIG_HOME or HOME (or pass --no-store)."
        case .symbolicLink(let path):
            "Refusing to use \(path): it is a symbolic link. Remove it, or pass --no-store."
        case .notADirectory(let path):
            "Cannot keep the sign-in: \(path) is not a directory."
        case .unreadable(let path, let reason):
            "Cannot read or write the sign-in store \(path): \(reason)."
        case .corrupt(let path, let reason):
            "The sign-in store \(path) cannot be read (\(reason)). It was left untouched: fix it, or move it away and sign in again."
        case .lockTimeout(let path, let seconds):
            "Another phone-login held \(path) for \(seconds) s; giving up. Try again."
        }
    }
}

extension ErrorWording {
    /// A sentence for why no token can be had, saying what to do: sign in with `phone-login`.
    public static func message(for reason: NotSignedInReason) -> String {
        switch reason {
        case .noSession:
            "Not signed in: run phone-login (a stored sign-in is kept per server, project and client)."
        case .expired:
            "Not signed in: the stored sign-in has expired and cannot be refreshed. Run phone-login."
        case .refreshRefused(let error):
            "Not signed in: the server refused the stored refresh token (\(message(for: error))). Run phone-login."
        }
    }
}
