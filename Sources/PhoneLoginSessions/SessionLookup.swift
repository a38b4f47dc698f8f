import PhoneAuthModel

/// What looking for a usable token found.
public enum SessionLookup: Hashable, Sendable {
    /// The stored access token is valid for longer than the margin.
    case fresh(StoredSession)
    /// It was refreshed now (or by another process while this one waited for the lock); the store holds the result.
    case refreshed(StoredSession)
    /// No token can be had without signing in again.
    case notSignedIn(NotSignedInReason)

    /// The session found, when there is one.
    public var session: StoredSession? {
        switch self {
        case .fresh(let session), .refreshed(let session): session
        case .notSignedIn: nil
        }
    }
}
