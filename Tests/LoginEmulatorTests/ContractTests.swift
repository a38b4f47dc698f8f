import LoginEmulator
import NIOHTTP1
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The emulator answers plain HTTP as the seed documents say")
struct ContractTests {
    static let project = "projectId=\(TestProject.id)"

    /// One request and what must come back.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let method: HTTPMethod
        let path: String
        let body: String?
        let status: Int
        let code: String?
        let description: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "start without projectId", method: .POST, path: "/api/login/phone/request", body: #"{"phone_number":"+4915112345678"}"#,
             status: 422, code: "0", description: "projectId in query is required"),
        Case(name: "start with a projectId that is not a uuid", method: .POST, path: "/api/login/phone/request?projectId=abc",
             body: #"{"phone_number":"+4915112345678"}"#, status: 422, code: "0", description: "projectId in query must be of type uuid: \"abc\""),
        Case(name: "start with malformed JSON", method: .POST, path: "/api/login/phone/request?\(project)", body: "{nope",
             status: 400, code: "0", description: "Request has invalid parameters."),
        Case(name: "start with an empty body", method: .POST, path: "/api/login/phone/request?\(project)", body: "",
             status: 400, code: "0", description: "Request has invalid parameters."),
        Case(name: "start with a JSON array", method: .POST, path: "/api/login/phone/request?\(project)", body: "[1,2]",
             status: 400, code: "0", description: "Request has invalid parameters."),
        Case(name: "start without phone_number", method: .POST, path: "/api/login/phone/request?\(project)", body: "{}",
             status: 422, code: "0", description: "body.phone_number in body is required"),
        Case(name: "start with 4 digits", method: .POST, path: "/api/login/phone/request?\(project)", body: #"{"phone_number":"+1234"}"#,
             status: 422, code: "0", description: #"body.phone_number in body should match '^\+(\d){5,25}$'"#),
        Case(name: "start with Arabic-Indic digits", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+١٢٣٤٥٦"}"#, status: 422, code: "0", description: #"body.phone_number in body should match '^\+(\d){5,25}$'"#),
        Case(name: "start with a trailing newline", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+4915112345678\n"}"#, status: 422, code: "0", description: #"body.phone_number in body should match '^\+(\d){5,25}$'"#),
        Case(name: "start with a number as phone_number", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":4915112345678}"#, status: 422, code: "0", description: "body.phone_number in body must be of type string"),
        Case(name: "start with send_link but no link_url", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+4915112345678","send_link":true}"#, status: 422, code: "0", description: "body.link_url in body is required"),
        Case(name: "start with a link_url that is not a URI", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+4915112345678","send_link":true,"link_url":"nope"}"#, status: 422, code: "0",
             description: "body.link_url in body must be of type uri"),
        Case(name: "start with with_logout=2", method: .POST, path: "/api/login/phone/request?\(project)&with_logout=2",
             body: #"{"phone_number":"+4915112345678"}"#, status: 422, code: "0", description: "with_logout in query should be one of [0 1]"),
        Case(name: "start for a number that cannot receive SMS", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+10000000043"}"#, status: 422, code: "002-043", description: nil),
        Case(name: "start that succeeds", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":"+4915112345678","send_link":false}"#, status: 200, code: nil, description: nil),
        Case(name: "confirm an unknown operation", method: .POST, path: "/api/login/phone/confirm?\(project)",
             body: #"{"phone_number":"+4915112345678","code":"1234","operation_id":"nope"}"#, status: 404, code: "003-061",
             description: "Object not found."),
        Case(name: "confirm without code", method: .POST, path: "/api/login/phone/confirm?\(project)",
             body: #"{"phone_number":"+4915112345678","operation_id":"x"}"#, status: 422, code: "0", description: "body.code in body is required"),
        Case(name: "confirm without operation_id", method: .POST, path: "/api/login/phone/confirm?\(project)",
             body: #"{"phone_number":"+4915112345678","code":"1"}"#, status: 422, code: "0", description: "body.operation_id in body is required"),
        Case(name: "confirm with a bad phone", method: .POST, path: "/api/login/phone/confirm?\(project)",
             body: #"{"phone_number":"4915112345678","code":"1","operation_id":"x"}"#, status: 422, code: "0",
             description: #"body.phone_number in body should match '^\+(\d){5,25}$'"#),
        Case(name: "confirm with code as a number", method: .POST, path: "/api/login/phone/confirm?\(project)",
             body: #"{"phone_number":"+4915112345678","code":1234,"operation_id":"x"}"#, status: 422, code: "0",
             description: "body.code in body must be of type string"),
        Case(name: "otc/code without login", method: .GET, path: "/api/otc/code?\(project)&operation_id=x", body: nil,
             status: 422, code: "0", description: "login in query is required"),
        Case(name: "otc/code for an unknown operation", method: .GET, path: "/api/otc/code?\(project)&login=%2B4915112345678&operation_id=x",
             body: nil, status: 404, code: "003-061", description: "Object not found."),
        Case(name: "token/validate with garbage", method: .POST, path: "/api/token/validate", body: #"{"token":"abc"}"#,
             status: 401, code: "002-016", description: "Invalid JWT."),
        Case(name: "an unknown path", method: .GET, path: "/api/nope", body: nil, status: 404, code: "0", description: "Not found: no such path."),
        Case(name: "a body over the limit", method: .POST, path: "/api/login/phone/request?\(project)",
             body: #"{"phone_number":""# + String(repeating: "1", count: 20_000) + #""}"#, status: 413, code: "0",
             description: "Request body is larger than 16384 bytes."),
    ]

    @Test("status, error code and description", arguments: cases)
    func contract(_ example: Case) async throws {
        try await EmulatorHarness.run { emulator, _ in
            let answer = try await RawHTTP.send(example.method, emulator.rootURL + example.path, body: example.body)
            #expect(answer.status == example.status, "body: \(answer.body)")
            #expect(answer.headers.first(name: "Content-Type") == "application/json")
            if example.status == 200 {
                #expect(answer.json?["operation_id"] is String)
            } else {
                #expect(answer.errorCode == example.code, "body: \(answer.body)")
                if let description = example.description { #expect(answer.errorDescription == description) }
                let error = try #require(answer.json?["error"] as? [String: Any])
                #expect(Set(error.keys).isSubset(of: ["code", "description", "details"]))
            }
        }
    }

    @Test("429 carries Retry-After in seconds and the error body")
    func retryAfterHeader() async throws {
        try await EmulatorHarness.run { emulator, _ in
            let url = emulator.rootURL + "/api/login/phone/request?\(Self.project)"
            var last: RawHTTP.Answer?
            for _ in 0..<6 { last = try await RawHTTP.send(.POST, url, body: #"{"phone_number":"+4915112345678"}"#) }
            let answer = try #require(last)
            #expect(answer.status == 429)
            #expect(answer.errorCode == "002-057")
            let seconds = try #require(answer.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect((1...600).contains(seconds))
        }
    }

    @Test("a successful confirm answers exactly {login_url}")
    func confirmShape() async throws {
        try await EmulatorHarness.run { emulator, _ in
            let start = try await RawHTTP.send(.POST, emulator.rootURL + "/api/login/phone/request?\(Self.project)",
                                               body: #"{"phone_number":"+4915112345678"}"#)
            let operation = try #require(start.json?["operation_id"] as? String)
            let code = try #require(await emulator.code(for: operation))
            let confirm = try await RawHTTP.send(.POST, emulator.rootURL + "/api/login/phone/confirm?\(Self.project)",
                                                 body: #"{"phone_number":"+4915112345678","code":"\#(code)","operation_id":"\#(operation)"}"#)
            #expect(confirm.status == 200)
            #expect(confirm.json.map { Array($0.keys) } == ["login_url"])
            let loginURL = try #require(confirm.json?["login_url"] as? String)
            #expect(loginURL.contains("token=ey") && loginURL.hasSuffix("remember_me=false"))
        }
    }
}
