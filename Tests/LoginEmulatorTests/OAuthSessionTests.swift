import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// `GET /oauth2/logout` and `GET /users/me`: Bearer tokens, revocation, and the user record.
@Suite("OAuth 2.0 logout and the current user")
struct OAuthSessionTests {
    /// How a logout is asked for.
    enum Logout: String, CaseIterable, Sendable {
        case all, sso, current, missing
    }

    @Test("logout: sessions=all revokes every token of the user, sso none; other values 422", arguments: Logout.allCases)
    func logout(_ logout: Logout) async throws {
        try await RouteTests.withRoutes { client in
            let first = try await OAuthSteps.signIn(client)
            let second = try await OAuthSteps.signIn(client)
            let other = try await OAuthSteps.signIn(client, clientID: 99)
            let query = logout == .missing ? "" : "?sessions=\(logout.rawValue)"
            let response = try await OAuthSteps.get(client, "/api/oauth2/logout\(query)", authorization: "Bearer \(first.accessToken)")
            switch logout {
            case .all, .sso:
                #expect(response.status == .noContent)
                #expect(response.body.readableBytes == 0)
            case .current:
                #expect(response.status == .unprocessableContent)
                #expect(OAuthSteps.error(response).description == "sessions in query should be one of [sso all]")
            case .missing:
                #expect(response.status == .unprocessableContent)
                #expect(OAuthSteps.error(response).description == "sessions in query is required")
            }
            let revoked = logout == .all
            for tokens in [first, second] {
                let me = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(tokens.accessToken)")
                #expect(me.status == (revoked ? .unauthorized : .ok))
                let refreshed = try await OAuthSteps.refresh(client, try #require(tokens.refreshToken))
                #expect(refreshed.status == (revoked ? .badRequest : .ok))
                if revoked { #expect(OAuthSteps.error(refreshed).code == XsollaErrorCode.invalidGrant) }
            }
            // Another client of the same user: `all` is every token of that user.
            let otherMe = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(other.accessToken)")
            #expect(otherMe.status == (revoked ? .unauthorized : .ok))
            if revoked {
                let fresh = try await OAuthSteps.signIn(client)
                #expect(try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(fresh.accessToken)").status == .ok,
                        "a new login after logout works")
            }
        }
    }

    @Test("users/me: Xsolla's fields, registered at the first login and last_login at the latest, both modes")
    func currentUser() async throws {
        try await RouteTests.withRoutes { client in
            let oauth = try await OAuthSteps.signIn(client)
            let (operation, code) = try await RouteTests.started(client)
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(OAuthSteps.phone)"}"#
            let confirmed = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
            let loginURL = try JSONDecoder().decode(CompleteAuthResponse.self, from: Data(confirmed.body.readableBytesView)).loginURL
            let jwt = try #require(OAuthSteps.queryValue("token", in: loginURL))

            var answers: [CurrentUser] = []
            for token in [oauth.accessToken, jwt] {
                let response = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(token)")
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let text = String(buffer: response.body)
                for field in ["username", "email", "nickname", "name"] { #expect(text.contains(#""\#(field)":null"#), "\(field) as null: \(text)") }
                answers.append(try JSONDecoder().decode(CurrentUser.self, from: Data(response.body.readableBytesView)))
            }
            let user = try #require(answers.first)
            #expect(answers.allSatisfy { $0 == user }, "the same user through either token")
            #expect(user.id == TokenIssuer.userID(for: OAuthSteps.phone))
            #expect(user.phone == "+4915112345678")
            #expect(user.phoneAuth == "4915112345678")
            #expect(user.isAnonymous == false)
            #expect(user.groups == [CurrentUserGroup(id: 1, name: "default", isDefault: true, isDeletable: false)])
            let registered = try #require(user.registered)
            let lastLogin = try #require(user.lastLogin)
            #expect(registered.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000/) != nil, "\(registered)")
            #expect(registered <= lastLogin)
            #expect(registered.hasPrefix(String(EmulatorServer.xsollaTimestamp(Date()).prefix(10))), "today, in UTC")
        }
    }

    @Test("the user record keeps the first login and moves the latest", arguments: [
        (Date(timeIntervalSince1970: 1_526_556_172), "2018-05-17T11:22:52+0000"),
        (Date(timeIntervalSince1970: 0.999), "1970-01-01T00:00:00+0000"),
    ])
    func timestamps(_ date: Date, _ text: String) {
        var ledger = OAuthLedger(configuration: TestProject.emulator())
        ledger.recordLogin(phone: OAuthSteps.phone, subject: "s", at: date)
        ledger.recordLogin(phone: OAuthSteps.phone, subject: "s", at: date.addingTimeInterval(3_600))
        let user = ledger.user(subject: "s")
        #expect(user.map { EmulatorServer.xsollaTimestamp($0.registered) } == text)
        #expect(user.map(\.lastLogin) == date.addingTimeInterval(3_600))
    }

    /// A Bearer header that must not pass.
    enum BadBearer: String, CaseIterable, Sendable {
        case none, garbage, basicScheme, otherSecret, expired, unknownUser, afterReset
    }

    @Test("users/me and logout refuse a bad Bearer with 401 and the error body", arguments: BadBearer.allCases)
    func badBearer(_ bad: BadBearer) async throws {
        try await RouteTests.withRoutes { client in
            let claims = UserClaims(subject: TokenIssuer.userID(for: OAuthSteps.phone), expiresAt: Date().addingTimeInterval(600),
                                    issuedAt: Date(), type: "phone")
            let header: String?
            switch bad {
            case .none: header = nil
            case .garbage: header = "Bearer abc"
            case .basicScheme: header = "Basic \(try await OAuthSteps.signIn(client).accessToken)"
            case .otherSecret: header = "Bearer \(try await Self.sign(claims, secret: String(repeating: "o", count: 40)))"
            case .expired:
                _ = try await OAuthSteps.signIn(client)
                var old = claims
                old.expiresAt = Date().addingTimeInterval(-120)
                old.issuedAt = Date().addingTimeInterval(-240)
                header = "Bearer \(try await Self.sign(old, secret: TestProject.secret))"
            case .unknownUser: header = "Bearer \(try await Self.sign(claims, secret: TestProject.secret))"
            case .afterReset:
                let tokens = try await OAuthSteps.signIn(client)
                _ = try await client.execute(uri: "/emulator/reset", method: .post)
                header = "Bearer \(tokens.accessToken)"
            }
            for uri in ["/api/users/me", "/api/oauth2/logout?sessions=all"] {
                let response = try await OAuthSteps.get(client, uri, authorization: header)
                #expect(response.status == .unauthorized, "\(uri): \(String(buffer: response.body))")
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidToken)
                #expect(OAuthSteps.error(response).description == "Invalid JWT.")
            }
        }
    }

    @Test("logout?sessions=all also revokes the user's JWT-mode tokens issued before it")
    func revokesJWTMode() async throws {
        try await RouteTests.withRoutes { client in
            let (operation, code) = try await RouteTests.started(client)
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(OAuthSteps.phone)"}"#
            let confirmed = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
            let loginURL = try JSONDecoder().decode(CompleteAuthResponse.self, from: Data(confirmed.body.readableBytesView)).loginURL
            let jwt = try #require(OAuthSteps.queryValue("token", in: loginURL))
            #expect(try await OAuthSteps.get(client, "/api/oauth2/logout?sessions=all", authorization: "Bearer \(jwt)").status == .noContent)
            #expect(try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(jwt)").status == .unauthorized)
        }
    }

    /// `claims` signed with `secret` (HS256).
    static func sign(_ claims: UserClaims, secret: String) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        return try await keys.sign(claims)
    }
}
