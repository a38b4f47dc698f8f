import Foundation
import PhoneAuthModel

/// Hands out a valid token for a project: the stored one while it is valid, else a refreshed one, under the store's
/// lock, so concurrent callers never spend the same refresh token twice (the ones that waited find the fresh token).
public struct SessionKeeper: Sendable {
    /// The store.
    public let store: SessionStore
    /// How long a token must still be valid to be handed out as it is; below that it is refreshed first.
    public let margin: Duration

    /// Creates a keeper; the default margin is a minute.
    public init(store: SessionStore, margin: Duration = .seconds(60)) {
        self.store = store
        self.margin = margin
    }

    /// A usable session for `key`, refreshing through `refresh` when the stored token has expired or is about to.
    ///
    /// A refused refresh (HTTP 400, Xsolla's `010-023`) drops the spent refresh token from the store and reports
    /// `.notSignedIn`; any other failure (the network, say) is thrown and the session is kept as it was.
    public func usableSession(
        for key: SessionKey, now: @Sendable () -> Date = { Date() },
        refresh: @Sendable (StoredSession) async throws(AuthError) -> LoginResult
    ) async throws -> SessionLookup {
        if let stored = try store.session(for: key), stored.freshness(at: now(), margin: margin) == .fresh { return .fresh(stored) }
        return try await store.withLock { () async throws -> SessionLookup in
            // Read again under the lock: another process may have refreshed while this one waited.
            guard let stored = try store.session(for: key) else { return .notSignedIn(.noSession) }
            switch stored.freshness(at: now(), margin: margin) {
            case .fresh: return .refreshed(stored)
            case .unusable: return .notSignedIn(.expired)
            case .needsRefresh:
                let answer: Result<LoginResult, AuthError>
                do throws(AuthError) { answer = .success(try await refresh(stored)) } catch { answer = .failure(error) }
                switch answer {
                case .success(let login):
                    let next = stored.refreshed(with: login, now: now())
                    try store.save(next)
                    return .refreshed(next)
                case .failure(.server(let error)) where Self.refusesGrant(error):
                    var spent = stored
                    spent.refreshToken = nil
                    try store.save(spent)
                    return .notSignedIn(.refreshRefused(error))
                case .failure(let error):
                    throw error
                }
            }
        }
    }

    /// Whether an answer to a refresh means the refresh token is no good (400 `010-023`, or a 401).
    static func refusesGrant(_ error: ServerError) -> Bool {
        error.status == 400 || error.status == 401
    }
}
