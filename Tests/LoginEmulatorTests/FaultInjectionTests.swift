import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The emulator as a fault injector, seen on the wire")
struct FaultInjectionTests {
    static let request = "/api/login/phone/request?projectId=\(TestProject.id)"
    static let startBody = #"{"phone_number":"+4915112345678"}"#

    /// Adds a fault through the admin endpoint.
    static func inject(_ emulator: RunningEmulator, _ json: String) async throws {
        let answer = try await RawHTTP.send(.POST, emulator.rootURL + "/emulator/faults", body: json)
        #expect(answer.status == 201, "the fault is accepted: \(answer.body)")
    }

    /// One start request over a bare socket.
    static func start(_ emulator: RunningEmulator) async -> RawSocket.Exchange {
        await RawSocket.exchange(port: emulator.port, method: "POST", path: request, body: startBody)
    }

    @Test("status: the given status and body, once; the next request is handled")
    func status() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"status","status":503,"body":"{\"busy\":true}"}"#)
            let broken = await Self.start(emulator)
            #expect(broken.status == 503)
            #expect(String(decoding: broken.body, as: UTF8.self) == #"{"busy":true}"#)
            #expect(await emulator.messages().isEmpty, "a fault before handling sends no SMS")
            let next = await Self.start(emulator)
            #expect(next.status == 200 && next.text.contains("operation_id"))
        }
    }

    @Test("status without a body: Xsolla's error body naming the fault, 500 by default")
    func statusDefaults() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"status"}"#)
            let answer = try await RawHTTP.send(.POST, emulator.baseURL + "/login/phone/request?projectId=\(TestProject.id)", body: Self.startBody)
            #expect(answer.status == 500)
            #expect(answer.errorCode == "0")
            #expect(answer.errorDescription == "Fault injected by the emulator: status.")
        }
    }

    @Test("malformed: 200 with JSON cut off mid-value")
    func malformed() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"malformed"}"#)
            let answer = await Self.start(emulator)
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type") == "application/json")
            #expect((try? JSONSerialization.jsonObject(with: Data(answer.body))) == nil, "the body does not parse")
        }
    }

    @Test("truncate: Content-Length promises more than is sent, then the connection closes")
    func truncate() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"truncate","stage":"after"}"#)
            let answer = await Self.start(emulator)
            #expect(answer.status == 200)
            let promised = try #require(answer.header("Content-Length").flatMap(Int.init))
            #expect(answer.body.count > 0 && answer.body.count < promised, "\(answer.body.count) of \(promised) bytes")
            #expect(answer.endError == 0 || answer.endError == ECONNRESET, "the server ended the connection")
            #expect(await emulator.messages().count == 1, "after handling: the SMS went out, the answer was lost")
        }
    }

    @Test("reset: the connection is reset without a byte of an answer")
    func reset() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"reset"}"#)
            let answer = await Self.start(emulator)
            #expect(answer.received.isEmpty)
            #expect(answer.endError == ECONNRESET)
            #expect(await emulator.messages().isEmpty)
        }
    }

    @Test("drip: the head at once, the body a byte at a time")
    func drip() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"drip","seconds":0.05}"#)
            let answer = await Self.start(emulator)
            #expect(answer.status == 200)
            let length = try #require(answer.header("Content-Length").flatMap(Int.init))
            #expect(answer.body.count == length, "the whole body arrives in the end")
            // Bounds a busy machine cannot break (it only makes bytes later, or read together): the head comes before the
            // body is complete, the body is never ahead of one byte per 50 ms from the request, and it comes in pieces.
            let head = answer.received.count - length
            let headArrival = try #require(answer.arrivedBytes.firstIndex { $0 >= head }, "the head arrived")
            for (time, total) in zip(answer.arrivals, answer.arrivedBytes) where total > head {
                #expect(total - head <= Int(time / .milliseconds(50)) + 1, "\(total - head) body bytes by \(time): faster than a byte per 50 ms")
            }
            #expect(answer.arrivedBytes.filter { $0 > head }.count >= 2, "the body in pieces: \(answer.arrivedBytes)")
            #expect(answer.arrivedBytes[headArrival] < answer.received.count, "the head at once, before the body: \(answer.arrivedBytes)")
            #expect(try #require(answer.arrivals.last) >= .milliseconds(50 * length), "no faster than a byte per 50 ms")
        }
    }

    @Test("huge: a valid JSON body of the given size")
    func huge() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"huge","bytes":3000000}"#)
            let answer = await Self.start(emulator)
            #expect(answer.status == 200)
            #expect(answer.header("Content-Length") == "3000000")
            #expect(answer.body.count == 3_000_000)
            let object = try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any]
            #expect(object?["fault"] as? String == "huge")
        }
    }

    @Test("delay: the answer comes late but whole, and the request is handled")
    func delay() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"delay","seconds":0.6}"#)
            let answer = await Self.start(emulator)
            #expect(answer.status == 200 && answer.text.contains("operation_id"))
            #expect(try #require(answer.arrivals.first) >= .milliseconds(600))
            #expect(await emulator.messages().count == 1)
        }
    }

    @Test("delay: a request whose client hung up meanwhile is dropped, not handled behind its back")
    func delayAbandoned() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, #"{"path":"/api/login/phone/request","kind":"delay","seconds":2}"#)
            let gaveUp = await RawSocket.exchange(port: emulator.port, method: "POST", path: Self.request, body: Self.startBody,
                                                  timeout: .milliseconds(500))
            #expect(gaveUp.received.isEmpty)
            // The server's own word that it dropped the request when its client hung up (a busy one may route the request
            // only after the hang-up): then nothing of it can be handled later.
            let dropped = await emulator.statsReach { $0.abandonedRequests == 1 && $0.faultsTaken == 1 && $0.pendingFaults == 0 }
            let stats = await emulator.stats()
            #expect(dropped, "the server took the fault and dropped the request: \(stats)")
            #expect(await emulator.messages().isEmpty, "no SMS for a request nobody waits for")
            #expect(await Self.start(emulator).status == 200)
            #expect(await emulator.messages().count == 1, "only the next start's SMS")
            #expect(await emulator.stats().abandonedRequests == 1)
        }
    }

    @Test("count: the next N requests of that path only, in order; other paths untouched")
    func countsAndPaths() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, "/api/login/phone/request:status:502x2")
            try await Self.inject(emulator, "/api/login/phone/request:status:504")
            let listed = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/faults")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(listed.body.utf8)) as? [[String: Any]])
            #expect(list.map { $0["count"] as? Int } == [2, 1])
            #expect(await emulator.stats().pendingFaults == 3)
            let confirm = try await RawHTTP.send(.POST, emulator.baseURL + "/login/phone/confirm?projectId=\(TestProject.id)",
                                                 body: #"{"code":"1234","operation_id":"x","phone_number":"+4915112345678"}"#)
            #expect(confirm.status == 404, "another path is not hit")
            var statuses: [Int?] = []
            for _ in 0..<4 { statuses.append(await Self.start(emulator).status) }
            #expect(statuses == [502, 502, 504, 200])
            #expect(await emulator.stats().faultsTaken == 3, "each fault counted as it was taken")
            #expect(try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/faults").body == "[]")
        }
    }

    @Test("DELETE /emulator/faults forgets them")
    func clearFaults() async throws {
        try await EmulatorHarness.run { emulator, _ in
            try await Self.inject(emulator, "/api/login/phone/request:reset x3".replacingOccurrences(of: " ", with: ""))
            #expect(try await RawHTTP.send(.DELETE, emulator.rootURL + "/emulator/faults").status == 204)
            #expect(await Self.start(emulator).status == 200)
        }
    }

    @Test("refused faults say why", arguments: [
        (#"{"path":"/emulator/sms","kind":"reset"}"#, "path must be an API path"),
        (#"{"path":"/api/login/phone/request","kind":"explode"}"#, "not a fault object"),
        (#"{"path":"/api/login/phone/request","kind":"delay"}"#, "delay needs seconds"),
        (#"{"path":"/api/login/phone/request","kind":"status","status":99}"#, "status must be 200–599"),
        (#"{"path":"/api/login/phone/request","kind":"reset","count":0}"#, "count must be at least 1"),
        ("/api/login/phone/request:reset:3", "reset takes no argument"),
        ("/api/login/phone/request", "expected PATH:KIND"),
    ])
    func refused(_ example: (String, String)) async throws {
        try await EmulatorHarness.run { emulator, _ in
            let answer = try await RawHTTP.send(.POST, emulator.rootURL + "/emulator/faults", body: example.0)
            #expect(answer.status == 422)
            #expect(answer.errorDescription?.contains(example.1) == true, "\(answer.body)")
        }
    }

    @Test("the shorthand of --fault", arguments: [
        ("/api/login/phone/confirm:reset@after", InjectedFault(path: "/api/login/phone/confirm", kind: .reset, stage: .after)),
        ("/api/login/phone/request:delay:2.5x3", InjectedFault(path: "/api/login/phone/request", kind: .delay, count: 3, seconds: 2.5)),
        ("/api/otc/code:status:503", InjectedFault(path: "/api/otc/code", kind: .status, status: 503)),
        ("/api/otc/code:drip:0.2", InjectedFault(path: "/api/otc/code", kind: .drip, seconds: 0.2)),
        ("/api/login/phone/request:huge:100000x2@before", InjectedFault(path: "/api/login/phone/request", kind: .huge, count: 2, bytes: 100_000)),
        (#"{"path":"/api/otc/code","kind":"truncate"}"#, InjectedFault(path: "/api/otc/code", kind: .truncate)),
    ])
    func shorthand(_ example: (String, InjectedFault)) throws {
        #expect(try InjectedFault(parsing: example.0) == example.1)
    }

    @Test("POST /emulator/reset clears operations, limits, outbox and faults")
    func resetEverything() async throws {
        let configuration = TestProject.emulator(phoneLimit: RateLimit(requests: 1, window: .seconds(600)))
        try await EmulatorHarness.run(configuration) { emulator, client in
            let phone = try #require(PhoneNumber(validating: "+4915112345678"))
            let operation = try await client.startAuth(phone: phone)
            let code = try #require(await emulator.code(for: operation))
            await #expect(throws: AuthError.self) { _ = try await client.startAuth(phone: phone) }
            try await Self.inject(emulator, "/api/login/phone/request:reset")
            #expect(await emulator.stats() == EmulatorStats(operations: 1, outbox: 1, linkWaiters: 0, rateLimitKeys: 1, pendingFaults: 1))

            #expect(try await RawHTTP.send(.POST, emulator.rootURL + "/emulator/reset").status == 204)
            #expect(await emulator.stats() == EmulatorStats(operations: 0, outbox: 0, linkWaiters: 0, rateLimitKeys: 0, pendingFaults: 0))
            do {
                _ = try await client.completeAuth(phone: phone, operationID: operation, code: code)
                Issue.record("the old operation is gone")
            } catch let error as AuthError {
                #expect(error.category == .operationGone)
            }
            _ = try await client.startAuth(phone: phone)
            #expect(await emulator.messages().count == 1, "the limit and the reset fault are gone too")
        }
    }

    @Test("the OpenAPI document is served as committed")
    func openAPIDocument() async throws {
        try await EmulatorHarness.run { emulator, _ in
            let answer = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/openapi.yaml")
            #expect(answer.status == 200)
            let committed = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Sources/LoginEmulator/openapi.yaml"), encoding: .utf8)
            #expect(answer.body == committed)
        }
    }

    /// The repository's root, from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
