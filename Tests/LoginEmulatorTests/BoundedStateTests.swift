import Foundation
import Hummingbird
import HummingbirdTesting
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// Bounded state: users, authorization codes, refresh tokens and revocations each keep at most their capacity, the
/// least recently seen going first, counted in `/emulator/stats`; what was evicted is refused as unknown, never as
/// something else, and a revoked token never comes back to life.
@Suite("The emulator's bounded state")
struct BoundedStateTests {
    /// One run of a recency map: its capacity, what is done to it, and the keys that must be left, least recently
    /// seen first, with how many were evicted.
    struct MapCase: Sendable, CustomTestStringConvertible {
        enum Step: Sendable { case set(String), touch(String), remove(String) }
        let name: String
        let capacity: Int
        let steps: [Step]
        let left: [String]
        let evictions: Int
        var testDescription: String { name }
    }

    static let mapCases: [MapCase] = [
        MapCase(name: "under the cap nothing goes", capacity: 3, steps: [.set("a"), .set("b"), .set("c")], left: ["a", "b", "c"], evictions: 0),
        MapCase(name: "past the cap the oldest goes", capacity: 2, steps: [.set("a"), .set("b"), .set("c")], left: ["b", "c"], evictions: 1),
        MapCase(name: "a touched entry survives, the next oldest goes", capacity: 2,
                steps: [.set("a"), .set("b"), .touch("a"), .set("c")], left: ["a", "c"], evictions: 1),
        MapCase(name: "setting a held key again refreshes it and evicts nothing", capacity: 2,
                steps: [.set("a"), .set("b"), .set("a"), .set("c")], left: ["a", "c"], evictions: 1),
        MapCase(name: "a removed entry frees its place without an eviction", capacity: 2,
                steps: [.set("a"), .set("b"), .remove("a"), .set("c")], left: ["b", "c"], evictions: 0),
        MapCase(name: "a capacity of one keeps the last", capacity: 1,
                steps: [.set("a"), .set("b"), .touch("b"), .set("c"), .touch("b")], left: ["c"], evictions: 2),
        MapCase(name: "a long run keeps exactly the newest, in order", capacity: 3,
                steps: (0..<1_000).map { .set("k\($0)") }, left: ["k997", "k998", "k999"], evictions: 997),
    ]

    @Test("the cap holds and the least recently seen goes first", arguments: mapCases)
    func recency(_ run: MapCase) {
        var map = RecencyMap<String, Int>(capacity: run.capacity)
        var setCount = 0
        for step in run.steps {
            switch step {
            case .set(let key): setCount += 1; map.set(setCount, for: key)
            case .touch(let key): map.touch(key)
            case .remove(let key): map.removeValue(for: key)
            }
            #expect(map.count <= run.capacity)
        }
        #expect(map.entriesOldestFirst.map(\.key) == run.left)
        #expect(map.count == run.left.count)
        #expect(map.evictions == run.evictions)
        for key in run.left { #expect(map.peek(key) != nil, "\(key) is held") }
    }

    /// A JWT-mode login of `phone` through the routes: its token.
    static func jwtLogin(_ client: any TestClientProtocol, phone: String) async throws -> String {
        let (operation, code) = try await RouteTests.started(client, body: #"{"phone_number":"\#(phone)"}"#)
        let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(phone)"}"#
        let confirmed = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
        try #require(confirmed.status == .ok, "\(String(buffer: confirmed.body))")
        let loginURL = try JSONDecoder().decode(CompleteAuthResponse.self, from: Data(confirmed.body.readableBytesView)).loginURL
        return try #require(OAuthSteps.queryValue("token", in: loginURL))
    }

    /// `GET /api/users/me` with `token`: the status and, when 200, the user.
    static func me(_ client: any TestClientProtocol, _ token: String) async throws -> (HTTPResponse.Status, CurrentUser?) {
        let response = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(token)")
        let user = response.status == .ok ? try JSONDecoder().decode(CurrentUser.self, from: Data(response.body.readableBytesView)) : nil
        return (response.status, user)
    }

    /// Moves the emulator's clock on by `seconds`.
    static func advance(_ client: any TestClientProtocol, _ seconds: Int) async throws {
        let response = try await client.execute(uri: "/emulator/clock", method: .post, body: ByteBuffer(string: #"{"advance_seconds": \#(seconds)}"#))
        try #require(response.status == .ok, "\(String(buffer: response.body))")
    }

    static let phones = ["+4915100000001", "+4915100000002", "+4915100000003", "+4915100000004"]

    @Test("users: the cap holds, a recently seen user survives, an evicted number signs in again as the same sub, registered anew")
    func users() async throws {
        var configuration = TestProject.emulator()
        configuration.userCapacity = 2
        try await RouteTests.withRoutes(configuration) { client in
            let first = try await Self.jwtLogin(client, phone: Self.phones[0])
            let second = try await Self.jwtLogin(client, phone: Self.phones[1])
            let (_, before) = try await Self.me(client, second)
            try await Self.advance(client, 5)
            #expect(try await Self.me(client, first).0 == .ok, "the first user, seen now")
            _ = try await Self.jwtLogin(client, phone: Self.phones[2])
            #expect(try await Self.me(client, first).0 == .ok, "the recently seen user survives")
            #expect(try await Self.me(client, second).0 == .unauthorized, "the least recently seen user is gone: unknown, as after a reset")
            var stats = try await RouteTests.stats(client)
            #expect((stats.users, stats.usersEvicted) == (2, 1))

            try await Self.advance(client, 5)
            let again = try await Self.jwtLogin(client, phone: Self.phones[1])
            let (status, after) = try await Self.me(client, again)
            #expect(status == .ok)
            #expect(after?.id == before?.id, "the sub is derived from the number")
            #expect(after?.registered != before?.registered, "registered anew: \(String(describing: after?.registered))")
            stats = try await RouteTests.stats(client)
            #expect((stats.users, stats.usersEvicted) == (2, 2))
        }
    }

    @Test("refresh tokens: the oldest goes past the cap and is refused as an unknown token is, with Xsolla's error")
    func refreshTokens() async throws {
        var configuration = TestProject.emulator(phoneLimit: RateLimit(requests: 100, window: .seconds(600)))
        configuration.refreshTokenCapacity = 2
        try await RouteTests.withRoutes(configuration) { client in
            var tokens: [String] = []
            for _ in 0..<3 { tokens.append(try #require(try await OAuthSteps.signIn(client).refreshToken)) }
            let stats = try await RouteTests.stats(client)
            #expect((stats.refreshTokens, stats.refreshTokensEvicted) == (2, 1))

            let evicted = try await OAuthSteps.refresh(client, tokens[0])
            let unknown = try await OAuthSteps.refresh(client, EmulatorConfiguration.randomSecret())
            #expect(evicted.status == .badRequest)
            #expect(OAuthSteps.error(evicted).code == XsollaErrorCode.invalidGrant)
            #expect(String(buffer: evicted.body) == String(buffer: unknown.body), "the same answer as a token never issued")
            #expect(try await RouteTests.stats(client).oauthRefreshRejections == 2)

            let refreshed = try OAuthSteps.tokens(try await OAuthSteps.refresh(client, tokens[2]))
            #expect(try await Self.me(client, refreshed.accessToken).0 == .ok, "the newest still refreshes")
        }
    }

    @Test("a refresh token whose user was evicted still refreshes, and its user is known again")
    func refreshAfterUserEviction() async throws {
        var configuration = TestProject.emulator()
        configuration.userCapacity = 1
        try await RouteTests.withRoutes(configuration) { client in
            let tokens = try await OAuthSteps.signIn(client)
            _ = try await Self.jwtLogin(client, phone: Self.phones[0])
            #expect(try await Self.me(client, tokens.accessToken).0 == .unauthorized, "evicted")
            let refreshed = try OAuthSteps.tokens(try await OAuthSteps.refresh(client, try #require(tokens.refreshToken)))
            let (status, user) = try await Self.me(client, refreshed.accessToken)
            #expect(status == .ok)
            #expect(user?.phone == OAuthSteps.phone)
        }
    }

    @Test("authorization codes: past the cap the oldest is refused as unknown")
    func authorizationCodes() async throws {
        var configuration = TestProject.emulator()
        configuration.authorizationCodeCapacity = 1
        try await RouteTests.withRoutes(configuration) { client in
            let old = try await OAuthSteps.authorizationCode(client)
            let new = try await OAuthSteps.authorizationCode(client)
            let stats = try await RouteTests.stats(client)
            #expect((stats.authorizationCodes, stats.authorizationCodesEvicted) == (1, 1))
            let refused = try await OAuthSteps.token(client, OAuthTokenForm.authorizationCode(clientID: OAuthSteps.clientID, code: old,
                                                                                               redirectURI: OAuthSteps.blank).fields)
            #expect(refused.status == .badRequest)
            #expect(OAuthSteps.error(refused).code == XsollaErrorCode.invalidGrant)
            _ = try OAuthSteps.tokens(try await OAuthSteps.token(client, OAuthTokenForm.authorizationCode(
                clientID: OAuthSteps.clientID, code: new, redirectURI: OAuthSteps.blank).fields))
        }
    }

    @Test("revocations: an evicted one keeps its tokens refused; tokens issued after it pass")
    func revocations() async throws {
        var configuration = TestProject.emulator()
        configuration.revocationCapacity = 1
        try await RouteTests.withRoutes(configuration) { client in
            let first = try await Self.jwtLogin(client, phone: Self.phones[0])
            let second = try await Self.jwtLogin(client, phone: Self.phones[1])
            try await Self.advance(client, 2)
            for token in [first, second] {
                let response = try await OAuthSteps.get(client, "/api/oauth2/logout?sessions=all", authorization: "Bearer \(token)")
                #expect(response.status == .noContent)
            }
            let stats = try await RouteTests.stats(client)
            #expect((stats.revocations, stats.revocationsEvicted) == (1, 1))
            #expect(try await Self.me(client, first).0 == .unauthorized, "the first user's revocation was evicted: its token stays refused")
            #expect(try await Self.me(client, second).0 == .unauthorized)
            try await Self.advance(client, 2)
            #expect(try await Self.me(client, try await Self.jwtLogin(client, phone: Self.phones[0])).0 == .ok, "a new login passes")
        }
    }

    @Test("an import of more than a cap keeps the file's last entries and counts the rest as evicted")
    func importOverCap() async throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        var state = EmulatorState(exportedAt: date)
        state.users = Self.phones.enumerated().map { index, phone in
            .init(sub: TokenIssuer.userID(for: phone), phone: phone, registered: date, lastLogin: date.addingTimeInterval(Double(index)))
        }
        var configuration = TestProject.emulator()
        configuration.userCapacity = 3
        configuration.initialState = state
        let kept = Array(state.users.dropFirst())
        try await RouteTests.withRoutes(configuration) { client in
            let stats = try await RouteTests.stats(client)
            #expect((stats.users, stats.usersEvicted) == (3, 1))
            let answer = Data(try await client.execute(uri: "/emulator/export", method: .post).body.readableBytesView)
            #expect(try EmulatorStateFile.decode(answer, path: "answer").users == kept, "the last three, in order")
        }
    }

    @Test("/emulator/stats names every count and eviction")
    func statsFields() async throws {
        try await RouteTests.withRoutes { client in
            let text = String(buffer: try await client.execute(uri: "/emulator/stats", method: .get).body)
            for field in ["users", "authorization_codes", "refresh_tokens", "access_tokens", "revocations", "users_evicted",
                          "authorization_codes_evicted", "refresh_tokens_evicted", "revocations_evicted"] {
                #expect(text.contains(#""\#(field)":0"#), "\(field) in \(text)")
            }
        }
    }
}
