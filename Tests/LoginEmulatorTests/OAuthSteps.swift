import Foundation
import Hummingbird
import HummingbirdTesting
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// The OAuth 2.0 calls as the tests make them, through Hummingbird's router test client: plain HTTP, no AuthClient.
enum OAuthSteps {
    /// The client id the tests use (Xsolla's demo client).
    static let clientID = 57
    /// A state of 10 characters (the SDKs' default `xsollatest`).
    static let state = "xsollatest"
    /// Xsolla's blank page, the default redirect URI.
    static let blank = "https://login.xsolla.com/api/blank"
    /// The phone the tests sign in with.
    static let phone = "+4915112345678"

    /// The query of a phone request with the SDKs' values, `changes` applied (nil removes a parameter).
    static func requestQuery(_ changes: [String: String?] = [:]) -> String {
        var items: [(String, String?)] = [("response_type", "code"), ("client_id", String(clientID)), ("scope", "offline"),
                                          ("state", state), ("redirect_uri", blank)]
        for (name, value) in changes {
            if let index = items.firstIndex(where: { $0.0 == name }) { items[index].1 = value } else { items.append((name, value)) }
        }
        return QueryString.encode(items)
    }

    /// `POST /api/oauth2/login/phone/request` with `query` and `body`.
    static func request(_ client: any TestClientProtocol, query: String = requestQuery(),
                        body: String = #"{"phone_number":"\#(phone)"}"#) async throws -> TestResponse {
        try await client.execute(uri: "/api/oauth2/login/phone/request?\(query)", method: .post, body: ByteBuffer(string: body))
    }

    /// `POST /api/oauth2/login/phone/confirm?client_id=` for an operation and its code.
    static func confirm(_ client: any TestClientProtocol, clientID: Int = clientID, operation: String, code: String,
                        phone: String = phone) async throws -> TestResponse {
        let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(phone)"}"#
        return try await client.execute(uri: "/api/oauth2/login/phone/confirm?client_id=\(clientID)", method: .post, body: ByteBuffer(string: body))
    }

    /// A phone request that succeeded: its operation id and the code from the outbox.
    static func started(_ client: any TestClientProtocol, query: String = requestQuery(), phone: String = phone) async throws -> (String, String) {
        let response = try await request(client, query: query, body: #"{"phone_number":"\#(phone)"}"#)
        try #require(response.status == .ok, "\(String(buffer: response.body))")
        let operation = try JSONDecoder().decode(StartAuthResponse.self, from: Data(response.body.readableBytesView)).operationID
        let code = try #require(try await RouteTests.outbox(client).last { $0.operationID == operation }?.code)
        return (operation, code)
    }

    /// Request and confirm: the `login_url` the confirm answered.
    static func loginURL(_ client: any TestClientProtocol, query: String = requestQuery(), phone: String = phone,
                         clientID: Int = clientID) async throws -> String {
        let (operation, code) = try await started(client, query: query, phone: phone)
        let response = try await confirm(client, clientID: clientID, operation: operation, code: code, phone: phone)
        try #require(response.status == .ok, "\(String(buffer: response.body))")
        return try JSONDecoder().decode(CompleteAuthResponse.self, from: Data(response.body.readableBytesView)).loginURL
    }

    /// The value of `name` in `url`'s query.
    static func queryValue(_ name: String, in url: String) -> String? {
        URLComponents(string: url)?.queryItems?.last { $0.name == name }?.value
    }

    /// Request, confirm: the authorization code of a fresh login.
    static func authorizationCode(_ client: any TestClientProtocol, query: String = requestQuery(), clientID: Int = clientID) async throws -> String {
        try #require(queryValue("code", in: try await loginURL(client, query: query, clientID: clientID)))
    }

    /// `POST /api/oauth2/token` with `fields` form-encoded.
    static func token(_ client: any TestClientProtocol, _ fields: [(String, String?)],
                      contentType: String = "application/x-www-form-urlencoded") async throws -> TestResponse {
        try await token(client, body: QueryString.encode(fields), contentType: contentType)
    }

    /// `POST /api/oauth2/token` with a raw body.
    static func token(_ client: any TestClientProtocol, body: String, contentType: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/oauth2/token", method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body))
    }

    /// The answer of a successful token call.
    static func tokens(_ response: TestResponse) throws -> OAuthTokenResponse {
        try #require(response.status == .ok, "\(String(buffer: response.body))")
        return try JSONDecoder().decode(OAuthTokenResponse.self, from: Data(response.body.readableBytesView))
    }

    /// A full login: request, confirm, exchange.
    static func signIn(_ client: any TestClientProtocol, clientID: Int = clientID) async throws -> OAuthTokenResponse {
        try await signIn(client, query: requestQuery(["client_id": String(clientID)]), clientID: clientID)
    }

    /// A full login with the request's `query`: request, confirm, exchange.
    static func signIn(_ client: any TestClientProtocol, query: String, clientID: Int = clientID) async throws -> OAuthTokenResponse {
        let code = try await authorizationCode(client, query: query, clientID: clientID)
        return try tokens(try await token(client, OAuthTokenForm.authorizationCode(clientID: clientID, code: code, redirectURI: blank).fields))
    }

    /// A refresh with `refreshToken`.
    static func refresh(_ client: any TestClientProtocol, _ refreshToken: String) async throws -> TestResponse {
        try await token(client, OAuthTokenForm.refreshToken(clientID: clientID, refreshToken: refreshToken, redirectURI: blank).fields)
    }

    /// A GET with `Authorization: <authorization>` when given.
    static func get(_ client: any TestClientProtocol, _ uri: String, authorization: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let authorization { headers[.authorization] = authorization }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// `error.code` and `error.description` of an answer.
    static func error(_ response: TestResponse) -> (code: String?, description: String?) {
        let text = String(buffer: response.body)
        return (RouteTests.errorCode(text), RouteTests.errorDescription(text))
    }
}
