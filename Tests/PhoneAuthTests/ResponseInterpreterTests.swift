import Foundation
import PhoneAuth
import Testing

@Suite("Reading the server's answers, including garbage")
struct ResponseInterpreterTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// What a fixture must turn into.
    enum Expected: Sendable, CustomTestStringConvertible {
        case operation(String)
        case server(status: Int, code: String?, kind: ServerError.Kind, retryAfter: Int?)
        case malformed(status: Int, mentioning: String)

        var testDescription: String { "\(self)" }
    }

    static let fixtures: [(status: Int, retryAfter: String?, body: String, expected: Expected)] = [
        (200, nil, #"{"operation_id":"op-1"}"#, .operation("op-1")),
        (200, nil, #"{"operation_id":"op-1","extra":true}"#, .operation("op-1")),
        (200, nil, "", .malformed(status: 200, mentioning: "an empty body")),
        (200, nil, "<html><body>Maintenance</body></html>", .malformed(status: 200, mentioning: "an HTML page")),
        (200, nil, #"{"operationId":"op-1"}"#, .malformed(status: 200, mentioning: "JSON of another shape")),
        (200, nil, "garbage", .malformed(status: 200, mentioning: "text that is not JSON")),
        (401, nil, #"{"error":{"code":"003-001","description":"Wrong authorization code."}}"#,
         .server(status: 401, code: "003-001", kind: .wrongCode, retryAfter: nil)),
        (404, nil, #"{"error":{"code":"003-061","description":"Object not found."}}"#,
         .server(status: 404, code: "003-061", kind: .notFound, retryAfter: nil)),
        (422, nil, #"{"error":{"code":"0","description":"body.phone_number in body should match '^\\+(\\d){5,25}$'"}}"#,
         .server(status: 422, code: "0", kind: .invalidRequest, retryAfter: nil)),
        (429, "30", #"{"error":{"code":"002-057","description":"Too many login attempts."}}"#,
         .server(status: 429, code: "002-057", kind: .rateLimited, retryAfter: 30)),
        (429, "Wed, 15 Nov 2023 00:13:20 GMT", #"{"error":{"code":"002-057","description":"Too many."}}"#,
         .server(status: 429, code: "002-057", kind: .rateLimited, retryAfter: 7_200)),
        (429, "soon", "<html>slow down</html>", .server(status: 429, code: nil, kind: .rateLimited, retryAfter: nil)),
        (502, nil, "<html>Bad Gateway</html>", .server(status: 502, code: nil, kind: .other, retryAfter: nil)),
        (408, nil, #"{"error":{"code":"0","description":"Deadline exceeded"}}"#,
         .server(status: 408, code: "0", kind: .pollTimeout, retryAfter: nil)),
        (404, nil, "<html>404 Not Found</html>", .malformed(status: 404, mentioning: "base URL")),
        (401, nil, "", .malformed(status: 401, mentioning: "an empty body")),
        (401, nil, #"{"error":"nope"}"#, .malformed(status: 401, mentioning: "JSON of another shape")),
        (302, nil, "", .malformed(status: 302, mentioning: "unexpected status 302")),
        (204, nil, "", .malformed(status: 204, mentioning: "unexpected status 204")),
    ]

    @Test("each fixture is read as the right success or error", arguments: fixtures)
    func interpret(_ fixture: (status: Int, retryAfter: String?, body: String, expected: Expected)) {
        let result = ResponseInterpreter.interpret(StartAuthResponse.self, status: fixture.status, retryAfter: fixture.retryAfter,
                                                   body: Array(fixture.body.utf8), now: Self.now)
        switch (fixture.expected, result) {
        case (.operation(let id), .success(let response)):
            #expect(response.operationID == id)
        case (.server(let status, let code, let kind, let retryAfter), .failure(.server(let error))):
            #expect(error.status == status)
            #expect(error.code == code)
            #expect(error.kind == kind)
            #expect(error.retryAfterSeconds == retryAfter)
        case (.malformed(let status, let mentioning), .failure(.malformedResponse(let gotStatus, let reason))):
            #expect(gotStatus == status)
            #expect(reason.contains(mentioning), "reason was: \(reason)")
        default:
            Issue.record("expected \(fixture.expected), got \(result)")
        }
    }

    @Test("error codes stay strings with their dash, and details are kept")
    func codesAreStrings() throws {
        let body = #"{"error":{"code":"003-061","description":"Object not found.","details":{"attempts_left":2,"field":"code"}}}"#
        let result = ResponseInterpreter.interpret(StartAuthResponse.self, status: 404, retryAfter: nil, body: Array(body.utf8))
        guard case .failure(.server(let error)) = result else { Issue.record("got \(result)"); return }
        #expect(error.code == "003-061")
        #expect(error.details?["attempts_left"] == .number(2))
        #expect(error.details?["field"] == .string("code"))
    }

    @Test("Retry-After: seconds, HTTP dates, and nonsense", arguments: [
        ("120", 120 as Int?), ("0", 0), ("-5", nil), ("abc", nil), ("Tue, 14 Nov 2023 22:13:21 GMT", 1), ("Mon, 13 Nov 2023 00:00:00 GMT", 0),
    ])
    func retryAfter(_ example: (String, Int?)) {
        #expect(ResponseInterpreter.retryAfterSeconds(example.0, now: Self.now) == example.1)
    }
}
