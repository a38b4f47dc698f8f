/// What can go wrong with the session store: data only; `ErrorWording.message(for:)` says it in words.
public enum SessionStoreError: Error, Hashable, Sendable {
    /// No configuration directory could be found (`XDG_CONFIG_HOME` and `HOME` both unset).
    case noDirectory
    /// The path is a symbolic link: refused, so a token cannot be written through it.
    case symbolicLink(path: String)
    /// The path exists but is not what it should be (a file where the directory belongs, say).
    case notADirectory(path: String)
    /// The file could not be read or written: the system's reason.
    case unreadable(path: String, reason: String)
    /// The file is there but is not a session store this version can read; it is left as it is.
    case corrupt(path: String, reason: String)
    /// Another `phone-login` held the store's lock for too long.
    case lockTimeout(path: String, seconds: Int)
}
