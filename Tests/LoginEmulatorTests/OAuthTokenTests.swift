import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// `POST /oauth2/token`: the code exchange, rotating refresh tokens, the form's checks and the access token's claims.
@Suite("OAuth 2.0 token endpoint")
struct OAuthTokenTests {
    static let invalidGrant = EmulatorRejection.invalidGrant.body.error.description

    /// What an exchange presents after one login.
    enum Exchange: String, CaseIterable, Sendable {
        case asIssued, usedTwice, expired, otherRedirect, noRedirect, otherClient, unknownCode
    }

    @Test("an authorization code: single use, short-lived, of its client and redirect URI", arguments: Exchange.allCases)
    func exchange(_ exchange: Exchange) async throws {
        var configuration = TestProject.emulator()
        if exchange == .expired { configuration.authorizationCodeLifetime = .zero }
        try await RouteTests.withRoutes(configuration) { client in
            let code = try await OAuthSteps.authorizationCode(client)
            var fields: [(String, String?)] = [("grant_type", "authorization_code"), ("client_id", "57"), ("code", code),
                                               ("redirect_uri", OAuthSteps.blank)]
            switch exchange {
            case .asIssued, .usedTwice, .expired: break
            case .otherRedirect: fields[3].1 = OAuthSteps.blank + "/"
            case .noRedirect: fields[3].1 = nil
            case .otherClient: fields[1].1 = "58"
            case .unknownCode: fields[2].1 = "nope"
            }
            let first = try await OAuthSteps.token(client, fields)
            let response = exchange == .usedTwice ? try await OAuthSteps.token(client, fields) : first
            if exchange == .usedTwice { #expect(first.status == .ok) }
            if exchange == .asIssued {
                let tokens = try OAuthSteps.tokens(response)
                #expect(tokens.tokenType == "bearer")
                #expect(tokens.expiresIn == 3_600)
                #expect(try #require(tokens.refreshToken).count >= 32)
                #expect(try await RouteTests.stats(client).oauthCodeExchanges == 1)
            } else {
                #expect(response.status == .badRequest, "\(String(buffer: response.body))")
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.invalidGrant)
                #expect(OAuthSteps.error(response).description == Self.invalidGrant)
                #expect(try await RouteTests.stats(client).oauthCodeExchanges == (exchange == .usedTwice ? 1 : 0))
            }
        }
    }

    @Test("a mismatched exchange leaves the code usable for its own client and redirect URI")
    func mismatchKeepsCode() async throws {
        try await RouteTests.withRoutes { client in
            let code = try await OAuthSteps.authorizationCode(client)
            let other = try await OAuthSteps.token(client, OAuthTokenForm.authorizationCode(clientID: 58, code: code, redirectURI: OAuthSteps.blank).fields)
            #expect(other.status == .badRequest)
            _ = try OAuthSteps.tokens(try await OAuthSteps.token(
                client, OAuthTokenForm.authorizationCode(clientID: OAuthSteps.clientID, code: code, redirectURI: OAuthSteps.blank).fields))
        }
    }

    @Test("refresh tokens rotate: the used one is dead, the new one works; the stats count both")
    func rotation() async throws {
        try await RouteTests.withRoutes { client in
            let first = try await OAuthSteps.signIn(client)
            let old = try #require(first.refreshToken)
            let second = try OAuthSteps.tokens(try await OAuthSteps.refresh(client, old))
            let new = try #require(second.refreshToken)
            #expect(new != old)
            #expect(second.accessToken != first.accessToken)
            let reused = try await OAuthSteps.refresh(client, old)
            #expect(reused.status == .badRequest)
            #expect(OAuthSteps.error(reused).code == XsollaErrorCode.invalidGrant)
            _ = try OAuthSteps.tokens(try await OAuthSteps.refresh(client, new))
            let otherRedirect = try await OAuthSteps.token(client, OAuthTokenForm.refreshToken(
                clientID: OAuthSteps.clientID, refreshToken: new, redirectURI: "https://app.example/cb").fields)
            #expect(otherRedirect.status == .badRequest, "the newest one was used up by the refresh before")
            let stats = try await RouteTests.stats(client)
            #expect((stats.oauthCodeExchanges, stats.oauthRefreshes, stats.oauthRefreshRejections) == (1, 2, 2))
            #expect(try await client.execute(uri: "/emulator/reset", method: .post).status == .noContent)
            let cleared = try await RouteTests.stats(client)
            #expect((cleared.oauthCodeExchanges, cleared.oauthRefreshes, cleared.oauthRefreshRejections, cleared.oauthGrants) == (0, 0, 0, 0))
        }
    }

    /// A login's scope and projects, and the claims its access token must carry.
    struct ClaimsCase: Sendable, CustomTestStringConvertible {
        let scope: String?
        let projects: Set<String>?
        let scopes: [String]
        let refreshable: Bool
        var testDescription: String { "scope \(scope ?? "none"), projects \(projects.map { $0.sorted().joined(separator: ",") } ?? "any")" }
    }

    @Test("the access token: HS256 with the project secret, jti, scp, the access token lifetime", arguments: [
        ClaimsCase(scope: "offline", projects: nil, scopes: ["offline"], refreshable: true),
        ClaimsCase(scope: "offline email", projects: [TestProject.id, "ffffffff-0000-4000-8000-000000000000"], scopes: ["offline", "email"],
                   refreshable: true),
        ClaimsCase(scope: nil, projects: nil, scopes: [], refreshable: false),
        ClaimsCase(scope: "email", projects: nil, scopes: ["email"], refreshable: false),
    ])
    func claims(_ example: ClaimsCase) async throws {
        var configuration = TestProject.emulator(projectIDs: example.projects)
        configuration.accessTokenLifetime = .seconds(120)
        try await RouteTests.withRoutes(configuration) { client in
            let tokens = try await OAuthSteps.signIn(client, query: OAuthSteps.requestQuery(["scope": example.scope]))
            #expect(tokens.expiresIn == 120)
            #expect((tokens.refreshToken != nil) == example.refreshable)
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: TestProject.secret), digestAlgorithm: .sha256)
            let claims = try await keys.verify(tokens.accessToken, as: UserClaims.self)
            let issued = try #require(claims.issuedAt)
            #expect(claims.expiresAt.timeIntervalSince(issued) == 120)
            #expect(abs(issued.timeIntervalSinceNow) < 60)
            #expect(claims.subject == TokenIssuer.userID(for: OAuthSteps.phone))
            #expect(claims.scopes == example.scopes)
            #expect(UUID(uuidString: try #require(claims.tokenID)) != nil)
            #expect(claims.type == "phone")
            #expect(claims.issuer == UserClaims.xsollaIssuer)
            #expect(claims.groups == [UserGroup(id: 1, name: "default", isDefault: true)])
            #expect(claims.projectID == (example.projects == nil ? TokenIssuer.projectID(forClient: 57) : TestProject.id))
            let again = try await OAuthSteps.signIn(client, query: OAuthSteps.requestQuery(["scope": example.scope]))
            #expect(try await keys.verify(again.accessToken, as: UserClaims.self).tokenID != claims.tokenID, "a fresh jti each time")
        }
    }

    /// A token call's body and what must come back.
    struct FormCase: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        var contentType = "application/x-www-form-urlencoded"
        let status: HTTPResponse.Status
        let description: String
        var testDescription: String { name }
    }

    @Test("the form's checks: 4xx in Xsolla's body, never a crash", arguments: [
        FormCase(name: "a JSON body", body: #"{"grant_type":"authorization_code"}"#, contentType: "application/json", status: .badRequest,
                 description: "Request has invalid parameters."),
        FormCase(name: "JSON sent as a form", body: #"{"grant_type":"authorization_code"}"#, status: .unprocessableContent,
                 description: "grant_type in body is required"),
        FormCase(name: "an empty body", body: "", status: .unprocessableContent, description: "grant_type in body is required"),
        FormCase(name: "an unknown grant", body: "grant_type=password&client_id=57", status: .unprocessableContent,
                 description: "grant_type in body should be one of [authorization_code refresh_token]"),
        FormCase(name: "no client_id", body: "grant_type=refresh_token&refresh_token=x", status: .unprocessableContent,
                 description: "client_id in body is required"),
        FormCase(name: "client_id not an integer", body: "grant_type=refresh_token&client_id=5+7&refresh_token=x", status: .unprocessableContent,
                 description: "client_id in body must be of type integer"),
        FormCase(name: "no code", body: "grant_type=authorization_code&client_id=57", status: .unprocessableContent,
                 description: "code in body is required"),
        FormCase(name: "no refresh_token", body: "grant_type=refresh_token&client_id=57&refresh_token=", status: .unprocessableContent,
                 description: "refresh_token in body is required"),
        FormCase(name: "a broken percent escape", body: "grant_type=refresh_token&client_id=57&refresh_token=%zz", status: .badRequest,
                 description: "Request has invalid parameters."),
        FormCase(name: "a field given twice", body: "grant_type=refresh_token&grant_type=refresh_token", status: .badRequest,
                 description: "Request has invalid parameters."),
        FormCase(name: "a nested field", body: "grant_type[a]=refresh_token", status: .badRequest, description: "Request has invalid parameters."),
        FormCase(name: "percent and + decoded: an unknown refresh token", body: "grant_type=refresh%5Ftoken&client_id=57&refresh_token=a+b%2Bc",
                 status: .badRequest, description: invalidGrant),
    ])
    func form(_ example: FormCase) async throws {
        try await RouteTests.withRoutes { client in
            let response = try await OAuthSteps.token(client, body: example.body, contentType: example.contentType)
            #expect(response.status == example.status, "\(String(buffer: response.body))")
            #expect(OAuthSteps.error(response).description == example.description)
        }
    }

    @Test("an unknown client with --oauth-client: 400 010-019 at the token endpoint too")
    func unknownClient() async throws {
        var configuration = TestProject.emulator()
        configuration.oauthClientIDs = [57]
        try await RouteTests.withRoutes(configuration) { client in
            let response = try await OAuthSteps.token(client, OAuthTokenForm.refreshToken(clientID: 58, refreshToken: "x", redirectURI: OAuthSteps.blank).fields)
            #expect(response.status == .badRequest)
            #expect(OAuthSteps.error(response).code == XsollaErrorCode.clientAuthentication)
        }
    }
}
