import Foundation
import Hummingbird
import HummingbirdTesting
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// The OAuth 2.0 phone request and confirm: their checks, and the `login_url` with `code` and `state`.
@Suite("OAuth 2.0 phone request and confirm")
struct OAuthLoginTests {
    /// One phone request and what must come back.
    struct RequestCase: Sendable, CustomTestStringConvertible {
        let name: String
        let changes: [String: String?]
        var body = #"{"phone_number":"+4915112345678"}"#
        var clients: Set<Int>? = nil
        let status: HTTPResponse.Status
        var error: (code: String, description: String)?
        var testDescription: String { name }
    }

    static let weakState = "The state parameter is missing or too weak: it needs at least 8 characters."

    static let requests: [RequestCase] = [
        RequestCase(name: "the SDKs' values", changes: [:], status: .ok),
        RequestCase(name: "no scope, no redirect_uri", changes: ["scope": nil, "redirect_uri": nil], status: .ok),
        RequestCase(name: "a state of exactly 8", changes: ["state": "12345678"], status: .ok),
        RequestCase(name: "no response_type", changes: ["response_type": nil], status: .unprocessableContent,
                    error: ("0", "response_type in query is required")),
        RequestCase(name: "response_type=token", changes: ["response_type": "token"], status: .unprocessableContent,
                    error: ("0", "response_type in query should be one of [code]")),
        RequestCase(name: "no client_id", changes: ["client_id": nil], status: .unprocessableContent, error: ("0", "client_id in query is required")),
        RequestCase(name: "client_id not an integer", changes: ["client_id": "abc"], status: .unprocessableContent,
                    error: ("0", #"client_id in query must be of type integer: "abc""#)),
        RequestCase(name: "no state", changes: ["state": nil], status: .badRequest, error: (XsollaErrorCode.weakState, weakState)),
        RequestCase(name: "a state of 7", changes: ["state": "1234567"], status: .badRequest, error: (XsollaErrorCode.weakState, weakState)),
        RequestCase(name: "a relative redirect_uri", changes: ["redirect_uri": "/cb"], status: .unprocessableContent,
                    error: ("0", "redirect_uri in query must be of type uri")),
        RequestCase(name: "an unknown client with --oauth-client", changes: ["client_id": "58"], clients: [57], status: .badRequest,
                    error: (XsollaErrorCode.clientAuthentication, "Client authentication failed.")),
        RequestCase(name: "a known client with --oauth-client", changes: [:], clients: [57, 99], status: .ok),
        RequestCase(name: "an invalid phone", changes: [:], body: #"{"phone_number":"+1234"}"#, status: .unprocessableContent,
                    error: ("0", RouteTests.phonePattern)),
        RequestCase(name: "a test number's error", changes: [:], body: #"{"phone_number":"+10000000043"}"#, status: .unprocessableContent,
                    error: (XsollaErrorCode.cannotReceiveSMS, "This phone number cannot receive SMS. Use a different number.")),
        RequestCase(name: "send_link without link_url", changes: [:], body: #"{"phone_number":"+4915112345678","send_link":true}"#,
                    status: .unprocessableContent, error: ("0", "body.link_url in body is required")),
    ]

    @Test("the request's query and body checks", arguments: requests)
    func request(_ example: RequestCase) async throws {
        var configuration = TestProject.emulator()
        configuration.oauthClientIDs = example.clients
        try await RouteTests.withRoutes(configuration) { client in
            let response = try await OAuthSteps.request(client, query: OAuthSteps.requestQuery(example.changes), body: example.body)
            let text = String(buffer: response.body)
            #expect(response.status == example.status, "\(text)")
            if let error = example.error {
                #expect(OAuthSteps.error(response).code == error.code, "\(text)")
                #expect(OAuthSteps.error(response).description == error.description)
            } else {
                #expect(text.wholeMatch(of: /\{"operation_id":"[0-9a-f-]{36}"\}/) != nil, "\(text)")
                #expect(try await RouteTests.outbox(client).count == 1, "one SMS")
            }
        }
    }

    @Test("the per-phone limit counts OAuth and JWT requests alike")
    func sharedLimit() async throws {
        try await RouteTests.withRoutes { client in
            for _ in 0..<3 { _ = try await OAuthSteps.started(client) }
            _ = try await RouteTests.started(client)
            _ = try await OAuthSteps.started(client)
            let limited = try await OAuthSteps.request(client)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
        }
    }

    @Test("login_url is the redirect URI with code and state", arguments: [
        (nil, "https://login.xsolla.com/api/blank?code="),
        ("https://app.example/cb", "https://app.example/cb?code="),
        ("https://app.example/cb?x=1", "https://app.example/cb?x=1&code="),
    ] as [(String?, String)])
    func loginURL(_ redirect: String?, _ prefix: String) async throws {
        try await RouteTests.withRoutes { client in
            let url = try await OAuthSteps.loginURL(client, query: OAuthSteps.requestQuery(["redirect_uri": redirect, "state": "st@te with space"]))
            #expect(url.hasPrefix(prefix), "\(url)")
            #expect(OAuthSteps.queryValue("state", in: url) == "st@te with space")
            let code = try #require(OAuthSteps.queryValue("code", in: url))
            #expect(code.count >= 32)
            #expect(OAuthSteps.queryValue("token", in: url) == nil)
        }
    }

    /// Which confirm meets which operation.
    enum Crossing: String, CaseIterable, Sendable {
        case jwtOperationOnOAuthPath, oauthOperationOnJWTPath, otherClient, wrongCode, rightCodeTwice
    }

    @Test("an operation is confirmed only on its own path, by its own client, once", arguments: Crossing.allCases)
    func crossing(_ crossing: Crossing) async throws {
        try await RouteTests.withRoutes { client in
            switch crossing {
            case .jwtOperationOnOAuthPath:
                let (operation, code) = try await RouteTests.started(client)
                let response = try await OAuthSteps.confirm(client, operation: operation, code: code)
                #expect(response.status == .notFound)
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.objectNotFound)
            case .oauthOperationOnJWTPath:
                let (operation, code) = try await OAuthSteps.started(client)
                let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(OAuthSteps.phone)"}"#
                let response = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
                #expect(response.status == .notFound)
                #expect(OAuthSteps.error(response).code == XsollaErrorCode.objectNotFound)
            case .otherClient:
                let (operation, code) = try await OAuthSteps.started(client)
                let response = try await OAuthSteps.confirm(client, clientID: 58, operation: operation, code: code)
                #expect(response.status == .notFound)
                #expect((try await OAuthSteps.confirm(client, operation: operation, code: code)).status == .ok, "still the right client's")
            case .wrongCode:
                let (operation, code) = try await OAuthSteps.started(client)
                let response = try await OAuthSteps.confirm(client, operation: operation, code: code == "0000" ? "1111" : "0000")
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body) == #"{"error":{"code":"003-001","description":"Wrong authorization code.","details":{"attempts_left":2}}}"#)
            case .rightCodeTwice:
                let (operation, code) = try await OAuthSteps.started(client)
                #expect((try await OAuthSteps.confirm(client, operation: operation, code: code)).status == .ok)
                #expect((try await OAuthSteps.confirm(client, operation: operation, code: code)).status == .notFound)
            }
        }
    }

    @Test("confirm's query checks", arguments: [
        ("", HTTPResponse.Status.unprocessableContent, "client_id in query is required"),
        ("client_id=x", .unprocessableContent, #"client_id in query must be of type integer: "x""#),
        ("client_id=58", .badRequest, "Client authentication failed."),
    ])
    func confirmQuery(_ query: String, _ status: HTTPResponse.Status, _ description: String) async throws {
        var configuration = TestProject.emulator()
        configuration.oauthClientIDs = [57]
        try await RouteTests.withRoutes(configuration) { client in
            let (operation, code) = try await OAuthSteps.started(client)
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(OAuthSteps.phone)"}"#
            let response = try await client.execute(uri: "/api/oauth2/login/phone/confirm?\(query)", method: .post, body: ByteBuffer(string: body))
            #expect(response.status == status)
            #expect(OAuthSteps.error(response).description == description)
        }
    }

    @Test("the link flow works for an OAuth operation, with any project id the emulator accepts")
    func linkFlow() async throws {
        try await RouteTests.withRoutes { client in
            let body = #"{"phone_number":"\#(OAuthSteps.phone)","send_link":true,"link_url":"https://login-widget.xsolla.com/latest/confirm-status"}"#
            let response = try await OAuthSteps.request(client, body: body)
            let operation = try JSONDecoder().decode(StartAuthResponse.self, from: Data(response.body.readableBytesView)).operationID
            let message = try #require(try await RouteTests.outbox(client).last)
            let link = try #require(message.link.flatMap { URL(string: $0) })
            #expect((try await client.execute(uri: link.path, method: .get)).status == .ok)
            let polled = try await client.execute(uri: "/api/otc/code?\(RouteTests.project)&login=%2B4915112345678&operation_id=\(operation)", method: .get)
            #expect(String(buffer: polled.body) == #"{"code":"\#(message.code)"}"#)
            #expect((try await OAuthSteps.confirm(client, operation: operation, code: message.code)).status == .ok)
        }
    }
}
