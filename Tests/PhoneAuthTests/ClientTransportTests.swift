import Hummingbird
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The client when the server is dead, silent or lying")
struct ClientTransportTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!

    static func failure(_ configuration: AuthClientConfiguration) async -> AuthError? {
        do {
            _ = try await AuthClient.with(configuration) { client in try await client.startAuth(phone: phone) }
            return nil
        } catch let error as AuthError {
            return error
        } catch {
            return .transport(.other("unexpected \(error)"))
        }
    }

    @Test("nothing listening: connection refused, quickly")
    func refused() async {
        let started = ContinuousClock.now
        let error = await Self.failure(TestProject.client("http://127.0.0.1:\(closedLoopbackPort())/api", requestTimeout: .seconds(90)))
        // AsyncHTTPClient retries a refused connection until the 5 s connect timeout, then reports the refusal: the
        // error's kind shows it was not the request timeout. Measured 5 s alone, 26–29 s with the suite at a load of
        // 10 on two cores (its retries' timers wait for busy event loops); the bound stays well below the 90 s timeout.
        #expect(error == .transport(.connectionRefused))
        #expect(ContinuousClock.now - started < .seconds(60), "the refusal, long before the 90 s request timeout")
    }

    @Test("a server that accepts but never answers: the request times out on time")
    func silent() async {
        let server = SilentServer()
        defer { server.close() }
        let started = ContinuousClock.now
        let error = await Self.failure(TestProject.client("http://127.0.0.1:\(server.port)/api", requestTimeout: .milliseconds(800)))
        let elapsed = ContinuousClock.now - started
        #expect(error == .transport(.requestTimeout))
        #expect(elapsed >= .milliseconds(700) && elapsed < .seconds(25), "no hang: \(elapsed)")
    }

    /// AsyncHTTPClient retries a failed handshake until the connect timeout, then reports the last failure; if no
    /// handshake has failed by then it says "connect timeout". A loaded machine can take seconds for the first one,
    /// so the TLS tests give it a generous connect timeout (and take that long).
    static let handshakeTimeout = Duration.seconds(15)

    @Test("https to a plain-http server: a TLS error in words")
    func tlsToPlainHTTP() async throws {
        try await EmulatorHarness.run { emulator, _ in
            let error = await Self.failure(TestProject.client("https://127.0.0.1:\(emulator.port)/api", connectTimeout: Self.handshakeTimeout))
            guard case .transport(.tls(let reason)) = error else {
                Issue.record("expected a TLS failure, got \(String(describing: error))")
                return
            }
            #expect(reason == "the server did not answer with TLS (is it plain http?)" || reason == "the TLS handshake failed")
            #expect(!ErrorWording.message(for: .transport(.tls(reason))).contains("NIOSSL"))
        }
    }

    @Test("a self-signed certificate: not trusted, said in one sentence without the TLS library's types")
    func selfSignedCertificate() async throws {
        try await SelfSignedTLSServer.run { port in
            let error = await Self.failure(TestProject.client("https://127.0.0.1:\(port)/api", connectTimeout: Self.handshakeTimeout))
            #expect(error == .transport(.tls("the server's certificate is not trusted")))
            let message = ErrorWording.message(for: try #require(error))
            #expect(message == "Secure connection failed: the server's certificate is not trusted.")
            #expect(!message.contains("SSL") && !message.contains("Error") && !message.contains("("))
        }
    }

    @Test("lying servers", arguments: [
        (200, "<html>Welcome</html>", "an HTML page"),
        (200, "", "an empty body"),
        (200, #"{"operation":1}"#, "JSON of another shape"),
        (404, "<html>Not Found</html>", "base URL"),
    ])
    func lying(_ example: (Int, String, String)) async throws {
        try await ScriptedServer.run(status: example.0, body: example.1) { baseURL in
            let error = await Self.failure(TestProject.client(baseURL))
            guard case .malformedResponse(let status, let reason) = error else {
                Issue.record("expected a malformed response, got \(String(describing: error))")
                return
            }
            #expect(status == example.0)
            #expect(reason.contains(example.2))
        }
    }

    @Test("a body over 64 KiB is refused")
    func hugeBody() async throws {
        let body = #"{"operation_id":""# + String(repeating: "x", count: 70_000) + #""}"#
        try await ScriptedServer.run(status: 200, body: body) { baseURL in
            #expect(await Self.failure(TestProject.client(baseURL)) == .responseTooLarge(limit: 65_536))
        }
    }

    @Test("a 503 from a proxy is a server error with its status, Retry-After read")
    func proxyFailure() async throws {
        try await ScriptedServer.run(status: 503, body: "<html>busy</html>", headers: [.contentType: "text/html", .retryAfter: "12"]) { baseURL in
            #expect(await Self.failure(TestProject.client(baseURL)) == .server(ServerError(status: 503, retryAfterSeconds: 12)))
        }
    }

    @Test("cancelling the task cancels the request")
    func cancellation() async throws {
        let server = SilentServer()
        defer { server.close() }
        let configuration = TestProject.client("http://127.0.0.1:\(server.port)/api", requestTimeout: .seconds(30))
        let task = Task { await Self.failure(configuration) }
        try await Task.sleep(for: .milliseconds(300))
        let cancelled = ContinuousClock.now
        task.cancel()
        #expect(await task.value == .cancelled)
        #expect(ContinuousClock.now - cancelled < .seconds(15), "no hang: well under the 30 s request timeout")
    }
}
