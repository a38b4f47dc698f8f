import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// `GET/POST /emulator/clock`: every lifetime follows the emulator's clock, moved forward with no waiting; it never
/// moves back.
@Suite("The emulator's clock")
struct EmulatorClockTests {
    /// `POST /emulator/clock` with a raw JSON body.
    static func move(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
        try await client.execute(uri: "/emulator/clock", method: .post, body: ByteBuffer(string: body))
    }

    /// Moves the clock forward by `seconds`; fails the test unless it moved.
    static func advance(_ client: any TestClientProtocol, _ seconds: Int) async throws {
        let response = try await move(client, #"{"advance_seconds":\#(seconds)}"#)
        try #require(response.status == .ok, "\(String(buffer: response.body))")
    }

    /// `GET /emulator/clock`: its now and its offset.
    static func reading(_ client: any TestClientProtocol) async throws -> (now: Date, offset: Double) {
        let body = Data(try await client.execute(uri: "/emulator/clock", method: .get).body.readableBytesView)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let now = try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(try #require(object["now"] as? String))
        return (now, try #require(object["offset_seconds"] as? Double))
    }

    // The clock is the real time plus the offset, so real time runs on between an advance and the check: the side
    // before a lifetime's end keeps a margin a loaded machine cannot use up; the side after it needs none.
    @Test("a code lives 180 s of the clock: confirmed after 170 s advanced, expired (404) after 181 s, with no waiting",
          arguments: [(170, HTTPResponse.Status.ok), (181, .notFound)])
    func codeExpiry(_ seconds: Int, _ expected: HTTPResponse.Status) async throws {
        try await RouteTests.withRoutes { client in
            let (operation, code) = try await RouteTests.started(client)
            let started = ContinuousClock.now
            try await Self.advance(client, seconds)
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(RouteTests.phone)"}"#
            let response = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
            #expect(response.status == expected, "\(String(buffer: response.body))")
            if expected == .notFound {
                #expect(RouteTests.errorCode(String(buffer: response.body)) == XsollaErrorCode.objectNotFound)
            }
            #expect(ContinuousClock.now - started < .seconds(30), "the test did not wait out the lifetime")
        }
    }

    @Test("a rate-limit window reopens once the clock has moved past it (590 s: still 429, 600 s: admitted)",
          arguments: [(590, HTTPResponse.Status.tooManyRequests), (600, .ok)])
    func rateLimitWindow(_ seconds: Int, _ expected: HTTPResponse.Status) async throws {
        try await RouteTests.withRoutes(TestProject.emulator(phoneLimit: RateLimit(requests: 1, window: .seconds(600)))) { client in
            let body = ByteBuffer(string: #"{"phone_number":"\#(RouteTests.phone)"}"#)
            #expect(try await client.execute(uri: RouteTests.start, method: .post, body: body).status == .ok)
            let limited = try await client.execute(uri: RouteTests.start, method: .post, body: body)
            #expect(limited.status == .tooManyRequests)
            try await Self.advance(client, seconds)
            let after = try await client.execute(uri: RouteTests.start, method: .post, body: body)
            #expect(after.status == expected, "\(String(buffer: after.body))")
            // 10 s of the window left, less the real time the requests took.
            if expected == .tooManyRequests {
                #expect((1...10).contains(Int(after.headers[.retryAfter] ?? "") ?? 0), "\(after.headers)")
            }
        }
    }

    @Test("an OAuth 2.0 access token is issued at the clock's now and dies when the clock passes its exp")
    func accessTokenLifetime() async throws {
        try await RouteTests.withRoutes { client in
            try await Self.advance(client, 7_200)
            let clock = try await Self.reading(client)
            let tokens = try await OAuthSteps.signIn(client)
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: TestProject.secret), digestAlgorithm: .sha256)
            let claims = try await keys.verify(tokens.accessToken, as: UserClaims.self)
            let issued = try #require(claims.issuedAt)
            // Whole seconds of the clock's now, two hours ahead of the real time.
            #expect(abs(issued.timeIntervalSince(clock.now)) < 5, "iat \(issued), clock \(clock.now)")
            #expect(issued.timeIntervalSince(Date()) > 7_100)
            #expect(claims.expiresAt.timeIntervalSince(issued) == 3_600)
            let bearer = "Bearer \(tokens.accessToken)"
            #expect(try await OAuthSteps.get(client, "/api/users/me", authorization: bearer).status == .ok)
            try await Self.advance(client, 3_601)
            let expired = try await OAuthSteps.get(client, "/api/users/me", authorization: bearer)
            #expect(expired.status == .unauthorized)
        }
    }

    @Test("an authorization code can be exchanged 50 s of the clock later, not 61 s", arguments: [(50, true), (61, false)])
    func authorizationCodeLifetime(_ seconds: Int, _ exchanged: Bool) async throws {
        try await RouteTests.withRoutes { client in
            let code = try await OAuthSteps.authorizationCode(client)
            try await Self.advance(client, seconds)
            let response = try await OAuthSteps.token(client, OAuthTokenForm.authorizationCode(
                clientID: OAuthSteps.clientID, code: code, redirectURI: OAuthSteps.blank).fields)
            if exchanged {
                _ = try OAuthSteps.tokens(response)
            } else {
                #expect(response.status == .badRequest)
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidGrant)
            }
        }
    }

    @Test("a link poll waiting on a code the clock then expires answers 404 at once, not after its 20 s wait")
    func linkPollExpires() async throws {
        try await RouteTests.withRoutes { client in
            let start = #"{"phone_number":"\#(RouteTests.phone)","send_link":true,"link_url":"https://login-widget.xsolla.com/latest/confirm-status"}"#
            let (operation, _) = try await RouteTests.started(client, body: start)
            let began = ContinuousClock.now
            async let poll = client.execute(
                uri: "/api/otc/code?\(RouteTests.project)&login=%2B4915112345678&operation_id=\(operation)", method: .get)
            #expect(try await RouteTests.statsReach(client) { $0.linkWaiters == 1 })
            try await Self.advance(client, 181)
            #expect(try await poll.status == .notFound)
            #expect(ContinuousClock.now - began < .seconds(15), "released by the move, not by the poll's own wait")
        }
    }

    @Test("GET reads the clock; advance_seconds and now move it forward")
    func moves() async throws {
        try await RouteTests.withRoutes { client in
            let start = try await Self.reading(client)
            #expect(start.offset == 0)
            #expect(abs(start.now.timeIntervalSinceNow) < 5)
            try await Self.advance(client, 90)
            #expect(try await Self.reading(client).offset == 90)
            let target = Date().addingTimeInterval(86_400)
            let response = try await Self.move(client, #"{"now":"\#(target.formatted(.iso8601))"}"#)
            #expect(response.status == .ok, "\(String(buffer: response.body))")
            let moved = try await Self.reading(client)
            #expect(abs(moved.now.timeIntervalSince(target)) < 5)
            #expect(abs(moved.offset - 86_400) < 5)
        }
    }

    /// A move the clock refuses, and the words it must say.
    static let refusals: [(body: String, status: HTTPResponse.Status, words: String)] = [
        (#"{"advance_seconds":-1}"#, .unprocessableContent, "only moves forward"),
        (#"{"now":"2001-01-01T00:00:00Z"}"#, .unprocessableContent, "only moves forward"),
        (#"{"now":"yesterday"}"#, .unprocessableContent, "body.now in body must be of type date-time"),
        (#"{"advance_seconds":"soon"}"#, .unprocessableContent, "body.advance_seconds in body must be of type"),
        (#"{"advance_seconds":1,"now":"2999-01-01T00:00:00Z"}"#, .unprocessableContent, "not both"),
        (#"{}"#, .unprocessableContent, "body.advance_seconds in body is required"),
        (#"{"advance_seconds":1e12}"#, .unprocessableContent, "9999-12-31"),
        ("[nope", .badRequest, "Request has invalid parameters."),
    ]

    @Test("moving back, a negative, ambiguous or malformed move: 4xx in Xsolla's shape, the clock unmoved",
          arguments: refusals.indices)
    func refused(_ index: Int) async throws {
        let refusal = Self.refusals[index]
        try await RouteTests.withRoutes { client in
            try await Self.advance(client, 60)
            let response = try await Self.move(client, refusal.body)
            #expect(response.status == refusal.status)
            let text = String(buffer: response.body)
            #expect(RouteTests.errorCode(text) == "0", "\(text)")
            #expect(RouteTests.errorDescription(text)?.contains(refusal.words) == true, "\(text)")
            #expect(try await Self.reading(client).offset == 60)
        }
    }
}
