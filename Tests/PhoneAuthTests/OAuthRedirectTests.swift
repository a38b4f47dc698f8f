import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// What an OAuth 2.0 `login_url` carries back, and what the client makes of odd answers.
@Suite("OAuth 2.0: reading login_url (code, the token fallback, errors) and a lying server")
struct OAuthRedirectTests {
    @Test("login_url read: a code and its state, a token instead, an error, nothing", arguments: [
        ("https://login.xsolla.com/api/blank?code=abc&state=s1234567", OAuthRedirect.code("abc", state: "s1234567")),
        ("https://login.xsolla.com/api/blank?state=s1234567&code=a%2Bb", .code("a+b", state: "s1234567")),
        ("http://someurl.com?token=XXXXXXX", .token("XXXXXXX", state: nil)),
        ("app://x?error_code=010-016&error_description=Social+account+linked", .error(code: "010-016", description: "Social account linked")),
    ])
    func reads(url: String, expected: OAuthRedirect) throws {
        #expect(try OAuthRedirect.parse(url) == expected)
    }

    @Test("login_url with neither code nor token, or not a URL", arguments: [
        ("https://login.xsolla.com/api/blank?state=s1234567", AuthError.missingToken),
        ("https://login.xsolla.com/api/blank?code=", .missingToken),
        ("http://[::1", .malformedResponse(status: 200, reason: "login_url is not a URL")),
    ])
    func refuses(url: String, expected: AuthError) {
        #expect(throws: expected) { try OAuthRedirect.parse(url) }
    }

    static func oauthClient(_ baseURL: String) -> AuthClientConfiguration {
        var configuration = TestProject.client(baseURL)
        configuration.projectID = ""
        configuration.oauth = OAuthSettings(clientID: 57)
        return configuration
    }

    static let phone = PhoneNumber(validating: "+15555550100")!

    /// A JWT (unsigned check: the client decodes without a secret) with `sub` and `exp`.
    static let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + Data(#"{"sub":"u-1","exp":4102444800,"scp":["offline"],"jti":"j-1"}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        + ".c2lnbmF0dXJl"

    @Test("a login_url with another state than the one sent, or a code with none: refused as not this sign-in's answer",
          arguments: ["code=c1&state=someone-elses", "code=c1", "token=\(jwt)&state=someone-elses"])
    func stateMismatch(query: String) async throws {
        let body = #"{"operation_id":"op-1","login_url":"https://login.xsolla.com/api/blank?\#(query)"}"#
        let error = try await ScriptedServer.run(status: 200, body: body) { base in
            try await AuthClient.with(Self.oauthClient(base)) { client -> AuthError? in
                let operation = try await client.startAuth(phone: Self.phone)
                #expect((client.state(for: operation)?.count ?? 0) >= OAuthSettings.minimumStateLength)
                do { _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: "1234") } catch { return error as? AuthError }
                return nil
            }
        }
        #expect(error == .stateMismatch)
    }

    @Test("token= instead of code=: taken as an access token, without a refresh token")
    func tokenFallback() async throws {
        let body = #"{"operation_id":"op-1","login_url":"https://login.xsolla.com/api/blank?token=\#(Self.jwt)"}"#
        let result = try await ScriptedServer.run(status: 200, body: body) { base in
            try await AuthClient.with(Self.oauthClient(base)) { client in
                let operation = try await client.startAuth(phone: Self.phone)
                return try await client.completeAuth(phone: Self.phone, operationID: operation, code: "1234")
            }
        }
        #expect(result.mode == .oauth2)
        #expect(result.token == Self.jwt)
        #expect(result.refreshToken == nil)
        #expect(result.claims.subject == "u-1" && result.claims.scopes == ["offline"] && result.claims.tokenID == "j-1")
        #expect(result.phone == Self.phone)
    }

    @Test("OAuth 2.0 needs no project id, but the SMS link's /otc/code does")
    func projectOptional() async throws {
        let configuration = Self.oauthClient("http://127.0.0.1:1/api")
        #expect(throws: Never.self) { try configuration.validatedBaseURL() }
        var jwtMode = configuration
        jwtMode.oauth = nil
        #expect(throws: AuthError.configuration(.missingProjectID)) { try jwtMode.validatedBaseURL() }
        var badRedirect = configuration
        badRedirect.oauth?.redirectURI = "not a uri"
        #expect(throws: AuthError.configuration(.malformedRedirectURI("not a uri"))) { try badRedirect.validatedBaseURL() }
        let error = await { () async -> AuthError? in
            do {
                _ = try await AuthClient.with(configuration) { client in try await client.pollLinkCode(phone: Self.phone, operationID: "op") }
                return nil
            } catch { return error as? AuthError }
        }()
        #expect(error == .configuration(.missingProjectID))
    }
}
