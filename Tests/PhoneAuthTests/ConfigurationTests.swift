import PhoneAuth
import Testing

@Suite("Client configuration: https outside loopback, a UUID project")
struct ConfigurationTests {
    static let project = "6b1f2c3a-0000-4000-8000-000000000001"

    @Test("base URLs", arguments: [
        ("https://login.xsolla.com/api", false, nil as AuthError?),
        ("https://login.xsolla.com/api/", false, nil),
        ("http://127.0.0.1:8480/api", false, nil),
        ("http://127.3.4.5:8480/api", false, nil),
        ("http://localhost:8480/api", false, nil),
        ("http://[::1]:8480/api", false, nil),
        ("http://login.example.com/api", false, .configuration(.insecureBaseURL(host: "login.example.com"))),
        ("http://10.0.0.5/api", false, .configuration(.insecureBaseURL(host: "10.0.0.5"))),
        ("http://127.0.0.1.example.com/api", false, .configuration(.insecureBaseURL(host: "127.0.0.1.example.com"))),
        ("http://login.example.com/api", true, nil),
        ("ftp://login.example.com/api", false, .configuration(.malformedBaseURL("ftp://login.example.com/api"))),
        ("login.xsolla.com/api", false, .configuration(.malformedBaseURL("login.xsolla.com/api"))),
        ("https://login.xsolla.com/api?x=1", false, .configuration(.malformedBaseURL("https://login.xsolla.com/api?x=1"))),
    ])
    func baseURL(_ example: (String, Bool, AuthError?)) throws {
        let configuration = AuthClientConfiguration(baseURL: example.0, projectID: Self.project, allowInsecureHTTP: example.1)
        if let expected = example.2 {
            #expect(throws: expected) { try configuration.validatedBaseURL() }
        } else {
            let validated = try configuration.validatedBaseURL()
            #expect(!validated.hasSuffix("/"))
        }
    }

    @Test("project ids", arguments: [
        ("", AuthError.configuration(.missingProjectID)),
        ("my-project", AuthError.configuration(.malformedProjectID("my-project"))),
    ])
    func projectID(_ example: (String, AuthError)) {
        let configuration = AuthClientConfiguration(projectID: example.0)
        #expect(throws: example.1) { try configuration.validatedBaseURL() }
    }

    @Test("an HS256 secret shorter than 32 bytes is refused, not asserted on", arguments: [
        ("short", false), (String(repeating: "s", count: 31), false), (String(repeating: "s", count: 32), true),
    ])
    func secretLength(_ example: (String, Bool)) async throws {
        let configuration = AuthClientConfiguration(projectID: Self.project, jwtSecret: example.0)
        if example.1 {
            _ = try configuration.validatedBaseURL()
        } else {
            #expect(throws: AuthError.configuration(.weakSecret(bytes: example.0.utf8.count))) { try configuration.validatedBaseURL() }
            await #expect(throws: AuthError.configuration(.weakSecret(bytes: example.0.utf8.count))) {
                try await LoginResult.parse(loginURL: "https://x.example/?token=a.b.c", verifyingWith: example.0)
            }
        }
    }

    @Test("query values are fully percent-encoded: a + stays a plus")
    func queryEncoding() {
        #expect(QueryString.encode([("login", "+4915112345678"), ("skip", nil), ("payload", "a b&c=d/é")])
                == "login=%2B4915112345678&payload=a%20b%26c%3Dd%2F%C3%A9")
    }
}
