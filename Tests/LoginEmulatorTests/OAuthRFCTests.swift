import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// Where the record is silent, the emulator's OAuth 2.0 follows the RFCs: redirect URIs as RFC 6749 §4.1.3 and §6 ask,
/// queries read as forms (Appendix B), token answers never cached (§5.1), Bearer challenges (RFC 6750 §3).
@Suite("OAuth 2.0 as the RFCs have it, where the record is silent")
struct OAuthRFCTests {
    /// A login's request, what the exchange names as redirect URI, and whether it must succeed.
    struct RedirectCase: Sendable, CustomTestStringConvertible {
        let name: String
        /// The request's `redirect_uri` (nil: none given).
        let requested: String?
        /// The exchange's `redirect_uri` (nil: none named).
        let exchanged: String?
        let accepted: Bool
        var testDescription: String { name }
    }

    @Test("§4.1.3: the exchange names the redirect URI only when the request gave one, and then the same", arguments: [
        RedirectCase(name: "given, named the same", requested: "https://app.example/cb", exchanged: "https://app.example/cb", accepted: true),
        RedirectCase(name: "given, not named", requested: "https://app.example/cb", exchanged: nil, accepted: false),
        RedirectCase(name: "given, named otherwise", requested: "https://app.example/cb", exchanged: "https://app.example/cb/", accepted: false),
        RedirectCase(name: "given, named empty", requested: "https://app.example/cb", exchanged: "", accepted: false),
        RedirectCase(name: "none given, none named", requested: nil, exchanged: nil, accepted: true),
        RedirectCase(name: "none given, the blank page named", requested: nil, exchanged: OAuthSteps.blank, accepted: true),
    ])
    func redirect(_ example: RedirectCase) async throws {
        try await RouteTests.withRoutes { client in
            let code = try await OAuthSteps.authorizationCode(client, query: OAuthSteps.requestQuery(["redirect_uri": example.requested]))
            let response = try await OAuthSteps.token(client, [("grant_type", "authorization_code"), ("client_id", "57"), ("code", code),
                                                               ("redirect_uri", example.exchanged)])
            if example.accepted {
                #expect(try OAuthSteps.tokens(response).refreshToken != nil)
            } else {
                #expect(response.status == .badRequest, "\(String(buffer: response.body))")
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidGrant)
            }
        }
    }

    @Test("§6: a refresh needs no redirect URI, and one named anyway does not matter", arguments: [nil, OAuthSteps.blank, "https://other.example/"])
    func refreshWithoutRedirect(_ redirect: String?) async throws {
        try await RouteTests.withRoutes { client in
            let tokens = try await OAuthSteps.signIn(client)
            let response = try await OAuthSteps.token(client, [("grant_type", "refresh_token"), ("client_id", "57"),
                                                               ("refresh_token", tokens.refreshToken), ("redirect_uri", redirect)])
            let refreshed = try OAuthSteps.tokens(response)
            #expect(refreshed.refreshToken != tokens.refreshToken)
            let again = try await OAuthSteps.token(client, [("grant_type", "refresh_token"), ("client_id", "57"), ("refresh_token", tokens.refreshToken)])
            #expect(again.status == .badRequest, "rotation still holds")
            let otherClient = try await OAuthSteps.token(client, [("grant_type", "refresh_token"), ("client_id", "58"),
                                                                  ("refresh_token", refreshed.refreshToken)])
            #expect(otherClient.status == .badRequest, "a refresh token stays its client's")
        }
    }

    /// A raw query value as a client writes it and what `login_url` must give back.
    struct QueryCase: Sendable, CustomTestStringConvertible {
        let raw: String
        let state: String
        var testDescription: String { "state=\(raw)" }
    }

    @Test("Appendix B: a query reads as a form, + a space and %2B a plus", arguments: [
        QueryCase(raw: "a+state+with+spaces", state: "a state with spaces"),
        QueryCase(raw: "a%20state%20with%20spaces", state: "a state with spaces"),
        QueryCase(raw: "plus%2Bsign%2Bstate", state: "plus+sign+state"),
        QueryCase(raw: "caf%C3%A9+au+lait", state: "café au lait"),
    ])
    func plusIsSpace(_ example: QueryCase) async throws {
        try await RouteTests.withRoutes { client in
            let query = "response_type=code&client_id=57&scope=offline+email&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=\(example.raw)"
            let url = try await OAuthSteps.loginURL(client, query: query)
            #expect(OAuthSteps.queryValue("state", in: url) == example.state)
            #expect(url.hasPrefix("https://app.example/cb?code="))
            let code = try #require(OAuthSteps.queryValue("code", in: url))
            let tokens = try OAuthSteps.tokens(try await OAuthSteps.token(
                client, OAuthTokenForm.authorizationCode(clientID: 57, code: code, redirectURI: "https://app.example/cb").fields))
            let claims = try await Self.claims(tokens.accessToken)
            #expect(claims.scopes == ["offline", "email"], "scope=offline+email is two scopes")
        }
    }

    /// The claims of an access token signed with the test secret.
    static func claims(_ token: String) async throws -> UserClaims {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: TestProject.secret), digestAlgorithm: .sha256)
        return try await keys.verify(token, as: UserClaims.self)
    }

    @Test("a state of 8 characters counted after decoding: 'a+b+c+d' is 7 and refused (010-022)")
    func stateLengthAfterDecoding() async throws {
        try await RouteTests.withRoutes { client in
            let response = try await OAuthSteps.request(client, query: "response_type=code&client_id=57&state=a+b+c+d")
            #expect(response.status == .badRequest)
            #expect(OAuthSteps.error(response).code == XsollaErrorCode.weakState)
        }
    }

    /// What a token call sends.
    enum TokenCall: String, CaseIterable, Sendable { case exchange, refresh, refused, malformed }

    @Test("§5.1: every token answer, tokens or error, says Cache-Control: no-store and Pragma: no-cache", arguments: TokenCall.allCases)
    func noStore(_ call: TokenCall) async throws {
        try await RouteTests.withRoutes { client in
            let response: TestResponse
            switch call {
            case .exchange:
                let code = try await OAuthSteps.authorizationCode(client)
                response = try await OAuthSteps.token(client, OAuthTokenForm.authorizationCode(clientID: 57, code: code, redirectURI: OAuthSteps.blank).fields)
            case .refresh:
                response = try await OAuthSteps.refresh(client, try #require(try await OAuthSteps.signIn(client).refreshToken))
            case .refused:
                response = try await OAuthSteps.refresh(client, "unknown")
            case .malformed:
                response = try await OAuthSteps.token(client, body: "grant_type=", contentType: "application/x-www-form-urlencoded")
            }
            #expect(response.status == ([.exchange, .refresh].contains(call) ? .ok : call == .refused ? .badRequest : .unprocessableContent))
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.init("Pragma")!] == "no-cache")
        }
    }

    @Test("the other answers are not marked no-store (the keys may be cached)")
    func othersCacheable() async throws {
        try await RouteTests.withRoutes { client in
            let keys = try await client.execute(uri: "/api/projects/\(TestProject.id)/keys", method: .get)
            #expect(keys.headers[.cacheControl] == nil)
        }
    }

    /// How a Bearer-protected call is authorised, and the challenge that must come back.
    enum Bearer: String, CaseIterable, Sendable { case none, basic, emptyBearer, garbage, otherSecret, revoked, valid }

    @Test("RFC 6750 §3: a 401 from users/me and logout carries WWW-Authenticate: Bearer, error=\"invalid_token\" for a bad token",
          arguments: Bearer.allCases, ["/api/users/me", "/api/oauth2/logout?sessions=sso"])
    func challenge(_ bearer: Bearer, _ path: String) async throws {
        try await RouteTests.withRoutes { client in
            let tokens = try await OAuthSteps.signIn(client)
            var otherConfiguration = TestProject.emulator()
            otherConfiguration.jwtSecret = String(repeating: "x", count: 40)
            let foreign = try await RouteTests.withRoutes(otherConfiguration) { try await OAuthSteps.signIn($0).accessToken }
            let authorization: String? = switch bearer {
            case .none: nil
            case .basic: "Basic dXNlcjpwYXNz"
            case .emptyBearer: "Bearer "
            case .garbage: "Bearer not.a.jwt"
            case .otherSecret: "Bearer \(foreign)"
            case .revoked, .valid: "Bearer \(tokens.accessToken)"
            }
            if bearer == .revoked {
                #expect(try await OAuthSteps.get(client, "/api/oauth2/logout?sessions=all", authorization: authorization).status == .noContent)
            }
            let response = try await OAuthSteps.get(client, path, authorization: authorization)
            let challenge = response.headers[.wwwAuthenticate]
            switch bearer {
            case .valid:
                #expect(response.status == (path.contains("logout") ? .noContent : .ok))
                #expect(challenge == nil)
            case .none, .basic, .emptyBearer:
                #expect(response.status == .unauthorized)
                #expect(challenge == #"Bearer realm="xsolla-login-emulator""#, "no error code when no token came (§3.1)")
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidToken, "Xsolla's body stays")
            case .garbage, .otherSecret, .revoked:
                #expect(response.status == .unauthorized)
                #expect(challenge?.hasPrefix(#"Bearer realm="xsolla-login-emulator", error="invalid_token""#) == true, "\(challenge ?? "none")")
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidToken)
            }
        }
    }

    @Test("token/validate takes its token in the body: its 401 has no Bearer challenge")
    func validateHasNoChallenge() async throws {
        try await RouteTests.withRoutes { client in
            let response = try await client.execute(uri: "/api/token/validate", method: .post, body: ByteBuffer(string: #"{"token":"abc"}"#))
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == nil)
        }
    }
}
