import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// The OAuth 2.0 client (`AuthClient` with `OAuthSettings`) against the emulator over loopback HTTP.
@Suite("The OAuth 2.0 client against the emulator: exchange, refresh, rotation, revocation, redirect, state")
struct OAuthClientTests {
    static let phone = PhoneNumber(validating: "+15555550100")!

    /// Runs `body` with an emulator (`configure` applied) and an OAuth 2.0 client for client id 57 (and a project id
    /// only when `project` is given: OAuth 2.0 needs it for the SMS link alone).
    static func run<R: Sendable>(
        settings: OAuthSettings = OAuthSettings(clientID: 57), project: String = "", configure: (inout EmulatorConfiguration) -> Void = { _ in },
        _ body: (RunningEmulator, AuthClient) async throws -> R
    ) async throws -> R {
        var configuration = TestProject.emulator()
        configure(&configuration)
        let emulator = try await EmulatorServer.start(configuration: configuration)
        do {
            var clientConfiguration = TestProject.client(emulator.baseURL, secret: TestProject.secret)
            clientConfiguration.projectID = project
            clientConfiguration.oauth = settings
            let result = try await AuthClient.with(clientConfiguration) { client in try await body(emulator, client) }
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Start, the code from the outbox, complete.
    static func signIn(_ emulator: RunningEmulator, _ client: AuthClient) async throws -> LoginResult {
        let operation = try await client.startAuth(phone: phone)
        let code = try #require(await emulator.code(for: operation))
        return try await client.completeAuth(phone: phone, operationID: operation, code: code)
    }

    /// The error `body` throws, as an `AuthError`.
    static func failure(_ body: () async throws -> Void) async -> AuthError? {
        do { try await body(); return nil } catch { return error as? AuthError ?? .transport(.other("\(error)")) }
    }

    @Test("a login: the code exchanged for a signed access token with jti and scp, a refresh token, expires_in")
    func exchange() async throws {
        try await Self.run(configure: { $0.accessTokenLifetime = .seconds(900) }) { emulator, client in
            let result = try await Self.signIn(emulator, client)
            #expect(result.mode == .oauth2 && result.signatureVerified)
            #expect(result.expiresIn == 900 && result.tokenType?.lowercased() == "bearer")
            #expect(result.refreshToken?.isEmpty == false)
            #expect(result.claims.tokenID != nil && result.claims.scopes == ["offline"])
            #expect(abs(result.expiresAt.timeIntervalSinceNow - 900) < 30)
            #expect(result.loginURL.hasPrefix(OAuthSettings.defaultRedirectURI + "?code="))
            #expect(result.phone == Self.phone)
        }
    }

    @Test("refresh rotates: the new refresh token works, the spent one is refused with 010-023, worded")
    func rotation() async throws {
        try await Self.run { emulator, client in
            let first = try await Self.signIn(emulator, client)
            let spent = try #require(first.refreshToken)
            let second = try await client.refresh(refreshToken: spent)
            #expect(second.token != first.token && second.refreshToken != spent)
            let error = await Self.failure { _ = try await client.refresh(refreshToken: spent) }
            guard case .server(let answer)? = error else { Issue.record("expected a server error, got \(String(describing: error))"); return }
            #expect(answer.status == 400 && answer.code == XsollaErrorCode.invalidGrant)
            #expect(ErrorWording.message(for: error!).contains("Sign in again"))
            _ = try await client.refresh(refreshToken: try #require(second.refreshToken))
        }
    }

    @Test("logout (sessions=all) revokes: /users/me and the refresh token are refused afterwards")
    func revoked() async throws {
        try await Self.run { emulator, client in
            let login = try await Self.signIn(emulator, client)
            let user = try await client.currentUser(token: login.token)
            #expect(user.id == login.claims.subject && user.phone == Self.phone.e164 && user.phoneAuth == String(Self.phone.e164.dropFirst()))
            try await client.logout(accessToken: login.token, sessions: .all)
            let me = await Self.failure { _ = try await client.currentUser(token: login.token) }
            guard case .server(let meAnswer)? = me else { Issue.record("\(String(describing: me))"); return }
            #expect(meAnswer.status == 401)
            let refresh = await Self.failure { _ = try await client.refresh(refreshToken: login.refreshToken ?? "") }
            guard case .server(let refreshAnswer)? = refresh else { Issue.record("\(String(describing: refresh))"); return }
            #expect(refreshAnswer.code == XsollaErrorCode.invalidGrant)
        }
    }

    @Test("a redirect URI the emulator did not see at the request: the exchange is refused (010-023)")
    func wrongRedirect() async throws {
        try await Self.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            var other = client.configuration
            other.oauth?.redirectURI = "https://example.com/elsewhere"
            let error = await Self.failure {
                try await AuthClient.with(other) { second in
                    second.remember(state: client.state(for: operation) ?? "", for: operation)
                    _ = try await second.completeAuth(phone: Self.phone, operationID: operation, code: code)
                }
            }
            guard case .server(let answer)? = error else { Issue.record("\(String(describing: error))"); return }
            #expect(answer.status == 400 && answer.code == XsollaErrorCode.invalidGrant)
        }
    }

    @Test("an unknown client (--oauth-client 57 only) is refused at the request with 010-019, worded")
    func unknownClient() async throws {
        try await Self.run(settings: OAuthSettings(clientID: 99), configure: { $0.oauthClientIDs = [57] }) { _, client in
            let error = await Self.failure { _ = try await client.startAuth(phone: Self.phone) }
            guard case .server(let answer)? = error else { Issue.record("\(String(describing: error))"); return }
            #expect(answer.code == XsollaErrorCode.clientAuthentication)
            #expect(ErrorWording.message(for: error!).contains("--client-id"))
        }
    }

    @Test("the state sent is random and strong, one per request, and comes back in login_url")
    func state() async throws {
        try await Self.run { emulator, client in
            let first = try await client.startAuth(phone: Self.phone)
            let second = try await client.startAuth(phone: Self.phone)
            let states = [client.state(for: first), client.state(for: second)].compactMap { $0 }
            #expect(states.count == 2 && states[0] != states[1] && states.allSatisfy { $0.count >= 8 })
            let code = try #require(await emulator.code(for: second))
            let result = try await client.completeAuth(phone: Self.phone, operationID: second, code: code)
            #expect(try OAuthRedirect.parse(result.loginURL).state == states[1])
        }
    }

    @Test("a weak state is refused by the server (010-022), and the client words the answer")
    func weakState() async throws {
        try await Self.run { emulator, _ in
            let answer = try await RawHTTP.send(.POST, emulator.baseURL + "/oauth2/login/phone/request?response_type=code&client_id=57&state=short",
                                                body: #"{"phone_number":"+15555550100"}"#)
            let error = ResponseInterpreter.error(status: answer.status, retryAfter: nil, body: Array(answer.body.utf8))
            guard case .server(let server) = error else { Issue.record("\(error)"); return }
            #expect(server.status == 400 && server.code == XsollaErrorCode.weakState)
            #expect(ErrorWording.message(for: error).contains("state"))
        }
    }

    @Test("the SMS link in OAuth 2.0: /otc/code with the project id, released by the link, then the exchange")
    func linkFlow() async throws {
        try await Self.run(project: TestProject.id) { emulator, client in
            let options = StartAuthOptions(linkURL: "https://login-widget.xsolla.com/latest/confirm-status")
            let operation = try await client.startAuth(phone: Self.phone, options: options)
            let link = try #require(await emulator.messages().last?.link)
            async let polled = client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(30))
            #expect(await emulator.statsReach { $0.linkWaiters == 1 }, "the poll is held before the link is followed")
            #expect(try await RawHTTP.send(.GET, link).status == 200)
            let result = try await client.completeAuth(phone: Self.phone, operationID: operation, code: try await polled)
            #expect(result.mode == .oauth2 && result.refreshToken != nil)
        }
    }
}
