import Foundation
import Hummingbird
import HummingbirdTesting
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// The routes' contract, driven through Hummingbird's router test client: the emulator's whole middleware and route
/// stack, in memory, with no socket.
@Suite("The routes, without a socket")
struct RouteTests {
    static let project = "projectId=\(TestProject.id)"
    static let phone = "+4915112345678"
    static let start = "/api/login/phone/request?\(project)"
    static let confirm = "/api/login/phone/confirm?\(project)"
    static let phonePattern = #"body.phone_number in body should match '^\+(\d){5,25}$'"#

    /// Runs `body` with a router client of a fresh emulator.
    static func withRoutes<R: Sendable>(_ configuration: EmulatorConfiguration = TestProject.emulator(),
                                        _ body: @Sendable (any TestClientProtocol) async throws -> R) async throws -> R {
        try await EmulatorServer(configuration: configuration).makeApplication().test(.router, body)
    }

    /// One request and what must come back.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var method: HTTPRequest.Method = .post
        let uri: String
        var body: String?
        let status: HTTPResponse.Status
        var contentType = "application/json"
        /// `error.code` and `error.description` of Xsolla's error body, when it is one.
        var error: (code: String, description: String)?
        /// The whole body, when it is fixed.
        var exactBody: String?
        var testDescription: String { name }
    }

    static let stateless: [Case] = [
        Case(name: "start: 200 with operation_id only", uri: start, body: #"{"phone_number":"\#(phone)"}"#, status: .ok),
        Case(name: "start: an invalid phone", uri: start, body: #"{"phone_number":"+1234"}"#, status: .unprocessableContent,
             error: ("0", phonePattern)),
        Case(name: "start: no phone", uri: start, body: "{}", status: .unprocessableContent, error: ("0", "body.phone_number in body is required")),
        Case(name: "start: not JSON", uri: start, body: "{nope", status: .badRequest, error: ("0", "Request has invalid parameters.")),
        Case(name: "start: no projectId", uri: "/api/login/phone/request", body: #"{"phone_number":"\#(phone)"}"#,
             status: .unprocessableContent, error: ("0", "projectId in query is required")),
        Case(name: "start: a test number's error", uri: start, body: #"{"phone_number":"+10000000043"}"#, status: .unprocessableContent,
             error: (XsollaErrorCode.cannotReceiveSMS, "This phone number cannot receive SMS. Use a different number.")),
        Case(name: "confirm: an unknown operation", uri: confirm, body: #"{"code":"1234","operation_id":"nope","phone_number":"\#(phone)"}"#,
             status: .notFound, error: (XsollaErrorCode.objectNotFound, "Object not found.")),
        Case(name: "confirm: an invalid phone", uri: confirm, body: #"{"code":"1234","operation_id":"x","phone_number":"4915112345678"}"#,
             status: .unprocessableContent, error: ("0", phonePattern)),
        Case(name: "otc/code: an unknown operation", method: .get, uri: "/api/otc/code?\(project)&login=%2B4915112345678&operation_id=x",
             status: .notFound, error: (XsollaErrorCode.objectNotFound, "Object not found.")),
        Case(name: "otc/code: no login", method: .get, uri: "/api/otc/code?\(project)&operation_id=x", status: .unprocessableContent,
             error: ("0", "login in query is required")),
        Case(name: "token/validate: garbage", uri: "/api/token/validate", body: #"{"token":"abc"}"#, status: .unauthorized,
             error: (XsollaErrorCode.invalidToken, "Invalid JWT.")),
        Case(name: "an unknown path", method: .get, uri: "/api/nope", status: .notFound, error: ("0", "Not found: no such path.")),
        Case(name: "a known path with another method: no such route", method: .delete, uri: start, status: .notFound,
             error: ("0", "Not found: no such path.")),
        Case(name: "GET /emulator/sms, empty", method: .get, uri: "/emulator/sms", status: .ok, exactBody: "[]"),
        Case(name: "GET /emulator/faults, none", method: .get, uri: "/emulator/faults", status: .ok, exactBody: "[]"),
        Case(name: "GET /emulator/stats, nothing held", method: .get, uri: "/emulator/stats", status: .ok,
             exactBody: #"{"abandoned_requests":0,"access_tokens":0,"authorization_codes":0,"authorization_codes_evicted":0,"#
                + #""faults_taken":0,"link_waiters":0,"oauth_code_exchanges":0,"oauth_grants":0,"#
                + #""oauth_refresh_rejections":0,"oauth_refreshes":0,"operations":0,"outbox":0,"pending_faults":0,"rate_limit_keys":0,"#
                + #""refresh_tokens":0,"refresh_tokens_evicted":0,"revocations":0,"revocations_evicted":0,"users":0,"users_evicted":0}"#),
        Case(name: "GET /emulator/health", method: .get, uri: "/emulator/health", status: .ok,
             exactBody: #"{"code_length":"4","code_lifetime_seconds":"180","status":"ok"}"#),
        Case(name: "POST /emulator/reset", uri: "/emulator/reset", status: .noContent, contentType: "", exactBody: ""),
        Case(name: "DELETE /emulator/faults", method: .delete, uri: "/emulator/faults", status: .noContent, contentType: "", exactBody: ""),
        Case(name: "DELETE /emulator/sms", method: .delete, uri: "/emulator/sms", status: .noContent, contentType: "", exactBody: ""),
        Case(name: "POST /emulator/faults: a refused fault", uri: "/emulator/faults", body: #"{"path":"/api/login/phone/request","kind":"delay"}"#,
             status: .unprocessableContent, error: ("0", "Invalid fault: delay needs seconds")),
        Case(name: "GET /emulator/callback", method: .get, uri: "/emulator/callback?token=t", status: .ok, contentType: "text/plain; charset=utf-8"),
        Case(name: "GET /emulator/link of an unknown token", method: .get, uri: "/emulator/link/nope", status: .notFound,
             error: (XsollaErrorCode.objectNotFound, "Object not found.")),
        Case(name: "GET /emulator/openapi.yaml", method: .get, uri: "/emulator/openapi.yaml", status: .ok,
             contentType: "application/yaml; charset=utf-8"),
    ]

    @Test("status, content type and body of one request to a fresh emulator", arguments: stateless)
    func answer(_ example: Case) async throws {
        try await Self.withRoutes { client in
            let response = try await client.execute(uri: example.uri, method: example.method, body: example.body.map { ByteBuffer(string: $0) })
            let text = String(buffer: response.body)
            #expect(response.status == example.status, "\(text)")
            #expect(response.headers[.contentType] ?? "" == example.contentType)
            if let exact = example.exactBody { #expect(text == exact) }
            if let error = example.error {
                #expect(Self.errorCode(text) == error.code, "\(text)")
                #expect(Self.errorDescription(text) == error.description)
            }
            if example.status == .ok, example.uri == Self.start {
                #expect(text.wholeMatch(of: /\{"operation_id":"[0-9a-f-]{36}"\}/) != nil, "exactly {operation_id}: \(text)")
            }
        }
    }

    /// What a confirm after one start sends.
    enum ConfirmAttempt: String, CaseIterable, Sendable {
        case rightCode, wrongCode, otherOperation, otherPhone
    }

    @Test("confirm after a start", arguments: ConfirmAttempt.allCases)
    func confirmAfterStart(_ attempt: ConfirmAttempt) async throws {
        try await Self.withRoutes { client in
            let (operation, code) = try await Self.started(client)
            let wrong = code == "0000" ? "1111" : "0000"
            let (sentOperation, sentCode, sentPhone) = switch attempt {
            case .rightCode: (operation, code, Self.phone)
            case .wrongCode: (operation, wrong, Self.phone)
            case .otherOperation: ("00000000-0000-4000-8000-000000000000", code, Self.phone)
            case .otherPhone: (operation, code, "+4915112345679")
            }
            let body = #"{"code":"\#(sentCode)","operation_id":"\#(sentOperation)","phone_number":"\#(sentPhone)"}"#
            let response = try await client.execute(uri: Self.confirm, method: .post, body: ByteBuffer(string: body))
            let text = String(buffer: response.body)
            #expect(response.headers[.contentType] == "application/json")
            switch attempt {
            case .rightCode:
                #expect(response.status == .ok)
                let pattern = /\{"login_url":"http:\/\/localhost\/emulator\/callback\?token=[\w-]+\.[\w-]+\.[\w-]+&remember_me=false"\}/
                #expect(text.wholeMatch(of: pattern) != nil, "exactly {login_url}, slashes unescaped: \(text)")
                let again = try await client.execute(uri: Self.confirm, method: .post, body: ByteBuffer(string: body))
                #expect(again.status == .notFound, "a code works once")
            case .wrongCode:
                #expect(response.status == .unauthorized)
                #expect(text == #"{"error":{"code":"003-001","description":"Wrong authorization code.","details":{"attempts_left":2}}}"#)
            case .otherOperation, .otherPhone:
                #expect(response.status == .notFound)
                #expect(Self.errorCode(text) == XsollaErrorCode.objectNotFound)
            }
        }
    }

    @Test("the sixth start for a number within the window is 429 with Retry-After and the error body")
    func rateLimit() async throws {
        try await Self.withRoutes { client in
            var statuses: [HTTPResponse.Status] = []
            var last: TestResponse?
            for _ in 0..<6 {
                let response = try await client.execute(uri: Self.start, method: .post, body: ByteBuffer(string: #"{"phone_number":"\#(Self.phone)"}"#))
                statuses.append(response.status)
                last = response
            }
            #expect(statuses == [.ok, .ok, .ok, .ok, .ok, .tooManyRequests])
            let limited = try #require(last)
            #expect(Self.errorCode(String(buffer: limited.body)) == XsollaErrorCode.tooManyAttempts)
            let seconds = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...600).contains(seconds))
        }
    }

    /// How a held `/otc/code` poll ends.
    enum PollEnd: String, CaseIterable, Sendable {
        case linkFollowed, timedOut, operationReplaced
    }

    @Test("the /otc/code long poll of the link flow", arguments: PollEnd.allCases)
    func linkFlow(_ end: PollEnd) async throws {
        try await Self.withRoutes(TestProject.emulator(pollTimeout: end == .timedOut ? .milliseconds(300) : .seconds(30))) { client in
            let start = #"{"phone_number":"\#(Self.phone)","send_link":true,"link_url":"https://login-widget.xsolla.com/latest/confirm-status"}"#
            let (operation, code) = try await Self.started(client, body: start)
            let message = try #require(try await Self.outbox(client).last)
            let link = try #require(message.link.flatMap { URL(string: $0) })
            #expect(link.absoluteString.hasPrefix("http://localhost/emulator/link/"))
            async let polled = client.execute(uri: "/api/otc/code?\(Self.project)&login=%2B4915112345678&operation_id=\(operation)", method: .get)
            #expect(try await Self.statsReach(client) { $0.linkWaiters == 1 }, "the poll is held")
            switch end {
            case .linkFollowed:
                let page = try await client.execute(uri: link.path, method: .get)
                #expect(page.status == .ok)
                #expect(String(buffer: page.body) == "Login confirmed. Return to the app: it completes the login by itself.\n")
                let answer = try await polled
                #expect(answer.status == .ok)
                #expect(String(buffer: answer.body) == #"{"code":"\#(code)"}"#)
            case .timedOut:
                let answer = try await polled
                #expect(answer.status == .requestTimeout)
                #expect(Self.errorDescription(String(buffer: answer.body)) == "Deadline exceeded")
            case .operationReplaced:
                _ = try await Self.started(client)
                let answer = try await polled
                #expect(answer.status == .notFound)
                #expect((try await client.execute(uri: link.path, method: .get)).status == .notFound, "the old link is dead")
            }
            #expect(try await Self.statsReach(client) { $0.linkWaiters == 0 })
        }
    }

    @Test("faults: POST adds (201, the list), the next request takes one, GET lists what is left, DELETE forgets")
    func faults() async throws {
        try await Self.withRoutes { client in
            let added = try await client.execute(uri: "/emulator/faults", method: .post,
                                                 body: ByteBuffer(string: "/api/login/phone/request:status:503x2"))
            #expect(added.status == .created)
            #expect(String(buffer: added.body) == #"[{"count":2,"kind":"status","path":"/api/login/phone/request","stage":"before","status":503}]"#)
            let hit = try await client.execute(uri: Self.start, method: .post, body: ByteBuffer(string: #"{"phone_number":"\#(Self.phone)"}"#))
            #expect(hit.status == .serviceUnavailable)
            #expect(Self.errorDescription(String(buffer: hit.body)) == "Fault injected by the emulator: status.")
            let left = try await client.execute(uri: "/emulator/faults", method: .get)
            #expect(String(buffer: left.body).contains(#""count":1"#))
            #expect(try await Self.stats(client).pendingFaults == 1)
            #expect(try await client.execute(uri: "/emulator/faults", method: .delete).status == .noContent)
            #expect(try await Self.stats(client).pendingFaults == 0)
            _ = try await Self.started(client)
        }
    }

    @Test("reset forgets operations, limits, outbox and faults; the outbox lists and filters by phone")
    func resetAndOutbox() async throws {
        try await Self.withRoutes { client in
            let (operation, code) = try await Self.started(client)
            _ = try await Self.started(client, body: #"{"phone_number":"+14155550100"}"#)
            let filtered = try await client.execute(uri: "/emulator/sms?phone_number=%2B4915112345678", method: .get)
            let messages = try JSONDecoder().decode([SMSMessage].self, from: Data(filtered.body.readableBytesView))
            #expect(messages.map(\.operationID) == [operation])
            #expect(messages.first?.text == "Your Xsolla Login code is \(code). It expires in 3 min.")
            _ = try await client.execute(uri: "/emulator/faults", method: .post, body: ByteBuffer(string: "/api/login/phone/confirm:status"))
            #expect(try await Self.stats(client) == EmulatorStats(operations: 2, outbox: 2, linkWaiters: 0, rateLimitKeys: 2, pendingFaults: 1))
            #expect(try await client.execute(uri: "/emulator/reset", method: .post).status == .noContent)
            #expect(try await Self.stats(client) == EmulatorStats(operations: 0, outbox: 0, linkWaiters: 0, rateLimitKeys: 0, pendingFaults: 0))
        }
    }

    /// Starts a login for `body`'s phone; its operation id and the code from the outbox.
    static func started(_ client: any TestClientProtocol, body: String = #"{"phone_number":"+4915112345678"}"#) async throws -> (String, String) {
        let response = try await client.execute(uri: start, method: .post, body: ByteBuffer(string: body))
        #expect(response.status == .ok)
        let operation = try JSONDecoder().decode(StartAuthResponse.self, from: Data(response.body.readableBytesView)).operationID
        let code = try #require(try await outbox(client).last { $0.operationID == operation }?.code)
        return (operation, code)
    }

    /// `GET /emulator/sms`.
    static func outbox(_ client: any TestClientProtocol) async throws -> [SMSMessage] {
        try JSONDecoder().decode([SMSMessage].self, from: Data(try await client.execute(uri: "/emulator/sms", method: .get).body.readableBytesView))
    }

    /// `GET /emulator/stats`.
    static func stats(_ client: any TestClientProtocol) async throws -> EmulatorStats {
        try JSONDecoder().decode(EmulatorStats.self, from: Data(try await client.execute(uri: "/emulator/stats", method: .get).body.readableBytesView))
    }

    /// Asks `/emulator/stats` until `condition` holds; whether it came to.
    static func statsReach(_ client: any TestClientProtocol, _ condition: @escaping (EmulatorStats) -> Bool) async throws -> Bool {
        try await Polling.until(within: .seconds(30)) { condition(try await stats(client)) }
    }

    static func errorCode(_ body: String) -> String? { errorField(body, "code") }
    static func errorDescription(_ body: String) -> String? { errorField(body, "description") }

    private static func errorField(_ body: String, _ name: String) -> String? {
        let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        return (object?["error"] as? [String: Any])?[name] as? String
    }
}
