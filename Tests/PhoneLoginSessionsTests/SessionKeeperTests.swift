import Foundation
import PhoneAuthModel
import PhoneLoginSessions
import Synchronization
import Testing

/// Handing out a valid token: the stored one, a refreshed one, or none; one refresh for many callers.
@Suite("The session keeper: fresh, refreshed under the lock, refused, unreachable")
struct SessionKeeperTests {
    static let key = SessionKey(baseURL: "http://127.0.0.1:8480/api", projectID: nil, clientID: 57)

    static func stored(expiresIn seconds: Double, refresh: String? = "refresh-1") -> StoredSession {
        StoredSession(key: key, mode: .oauth2, accessToken: "access-old", refreshToken: refresh, scope: "offline", redirectURI: nil,
                      expiresAt: Date().addingTimeInterval(seconds), subject: "user-1", maskedPhone: nil, storedAt: Date())
    }

    static func login(_ token: String, refresh: String?) -> LoginResult {
        LoginResult(loginURL: "", token: token, rememberMe: nil,
                    claims: UserClaims(subject: "user-1", expiresAt: Date().addingTimeInterval(3_600)), signatureVerified: false,
                    mode: .oauth2, refreshToken: refresh, expiresIn: 3_600, tokenType: "bearer")
    }

    static func store(with session: StoredSession?) throws -> SessionStore {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        if let session { try store.save(session) }
        return store
    }

    @Test("freshness: valid beyond the margin, refreshable, or unusable", arguments: [
        (3_600.0, "r" as String?, SessionFreshness.fresh), (30, "r", .needsRefresh), (-10, "r", .needsRefresh),
        (30, nil, .unusable), (-10, nil, .unusable), (3_600, nil, .fresh),
    ])
    func freshness(seconds: Double, refresh: String?, expected: SessionFreshness) {
        #expect(Self.stored(expiresIn: seconds, refresh: refresh).freshness(at: Date(), margin: .seconds(60)) == expected)
    }

    @Test("a fresh token is handed out without a refresh")
    func fresh() async throws {
        let store = try Self.store(with: Self.stored(expiresIn: 3_600))
        let saved = try #require(try store.session(for: Self.key))
        let lookup = try await SessionKeeper(store: store).usableSession(for: Self.key) { _ throws(AuthError) in
            Issue.record("no refresh expected")
            throw AuthError.cancelled
        }
        // `.fresh`, not `.refreshed`: handed out as stored, without taking the lock to refresh.
        #expect(lookup == .fresh(saved))
        #expect(try store.session(for: Self.key) == saved, "the store is left as it was")
    }

    @Test("an expiring token is refreshed with the stored refresh token, and the rotated one is stored at once")
    func refreshes() async throws {
        let store = try Self.store(with: Self.stored(expiresIn: 20))
        let spent = Mutex<[String]>([])
        let lookup = try await SessionKeeper(store: store).usableSession(for: Self.key) { stored throws(AuthError) in
            spent.withLock { $0.append(stored.refreshToken ?? "") }
            return Self.login("access-new", refresh: "refresh-2")
        }
        #expect(spent.withLock { $0 } == ["refresh-1"])
        #expect(lookup.session?.accessToken == "access-new")
        let kept = try store.session(for: Self.key)
        #expect(kept?.accessToken == "access-new" && kept?.refreshToken == "refresh-2", "the rotated refresh token is what is kept")
    }

    @Test("ten callers at once: one refresh; the nine that waited reuse its token")
    func concurrent() async throws {
        let store = try Self.store(with: Self.stored(expiresIn: -5))
        let refreshes = RefreshCount()
        let tokens = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try await SessionKeeper(store: store).usableSession(for: Self.key) { stored throws(AuthError) in
                        let count = refreshes.next()
                        try? await Task.sleep(for: .milliseconds(100))
                        return Self.login("access-\(count)", refresh: "refresh-\(count + 1)")
                    }.session?.accessToken
                }
            }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(refreshes.value == 1)
        #expect(Set(tokens) == ["access-1"])
    }

    @Test("a refused refresh: not signed in, and the spent refresh token is dropped (the session stays, for status)")
    func refused() async throws {
        let store = try Self.store(with: Self.stored(expiresIn: -5))
        let refusal = ServerError(status: 400, code: XsollaErrorCode.invalidGrant, description: "Invalid grant")
        let lookup = try await SessionKeeper(store: store).usableSession(for: Self.key) { _ throws(AuthError) in throw .server(refusal) }
        #expect(lookup == .notSignedIn(.refreshRefused(refusal)))
        #expect(try store.session(for: Self.key)?.refreshToken == nil)
        #expect(ErrorWording.message(for: NotSignedInReason.refreshRefused(refusal)).contains("Run phone-login"))
    }

    @Test("an unreachable server: the error is thrown and the session is kept as it was")
    func unreachable() async throws {
        let before = Self.stored(expiresIn: -5)
        let store = try Self.store(with: before)
        await #expect(throws: AuthError.transport(.connectionRefused)) {
            _ = try await SessionKeeper(store: store).usableSession(for: Self.key) { _ throws(AuthError) in throw .transport(.connectionRefused) }
        }
        #expect(try store.session(for: Self.key)?.refreshToken == "refresh-1")
    }

    @Test("nothing stored, or expired without a refresh token: not signed in", arguments: [false, true])
    func notSignedIn(storedExpired: Bool) async throws {
        let store = try Self.store(with: storedExpired ? Self.stored(expiresIn: -5, refresh: nil) : nil)
        let lookup = try await SessionKeeper(store: store).usableSession(for: Self.key) { _ throws(AuthError) in throw .cancelled }
        #expect(lookup == .notSignedIn(storedExpired ? .expired : .noSession))
    }
}
