import Foundation
import LoginEmulator
import PhoneLoginTestSupport
import Testing

@Suite("request and confirm, as built, under every fault of `phone-login emulator --fault`", .serialized)
struct FaultExitCodeTests {
    static let phone = "+4915112345678"

    /// A fault kind (the shorthand after `PATH:`) and what the commands must end with.
    struct Case: Sendable, CustomTestStringConvertible {
        let fault: String
        let status: Int32
        let stderr: String
        var testDescription: String { fault }
    }

    static let cases: [Case] = [
        // 60 s of delay and 76 s of dripping: only `--timeout 1` ends them in time.
        Case(fault: "delay:60", status: 6, stderr: "The server did not answer in time."),
        Case(fault: "status:500", status: 7, stderr: "Fault injected by the emulator: status. (Xsolla 0, HTTP 500)"),
        Case(fault: "malformed", status: 8, stderr: "The server's answer (HTTP 200) could not be read"),
        Case(fault: "truncate", status: 6, stderr: "The connection to the server closed before it answered."),
        Case(fault: "reset", status: 6, stderr: "The connection to the server closed before it answered."),
        Case(fault: "drip:1", status: 6, stderr: "The server did not answer in time."),
        Case(fault: "huge", status: 8, stderr: "The server's answer was larger than 64 KiB and was refused."),
    ]

    /// Runs the binary against `emulator` with a request timeout (1 s for the slow faults, 15 s for the others, so
    /// a busy machine does not turn them into timeouts), and checks it ends well before a slow fault would: the time
    /// is the process's own, spawn to exit (not when a busy test process gets round to noticing).
    static func run(_ arguments: [String], _ emulator: EmulatorProcess, timeout: Int = 15) async throws -> BinaryRunner.Outcome {
        let outcome = try await BinaryRunner.run(arguments + ["--base-url", emulator.baseURL, "--project-id", TestProject.id,
                                                              "--timeout", "\(timeout)"])
        #expect(outcome.elapsed < .seconds(25), "no hang: \(outcome.elapsed)")
        return outcome
    }

    /// For a slow fault, that `--timeout 1` ended it: the emulator saw the client hang up (`abandoned` requests so far)
    /// while the fault still held the answer, and the process took seconds, not the fault's minute.
    static func expectGaveUp(_ outcome: BinaryRunner.Outcome, _ emulator: EmulatorProcess, abandoned: Int) async throws {
        let seen = try await emulator.statsReach { $0.abandonedRequests == abandoned }
        let stats = try await emulator.stats()
        #expect(seen, "the client hung up while the fault held the answer: \(stats)")
        #expect(outcome.elapsed < .seconds(10), "--timeout 1 ends it in about a second, with the start: \(outcome.elapsed)")
    }

    @Test("one clear line, the documented exit code, in time; trying again works", arguments: cases)
    func underFault(_ example: Case) async throws {
        let faults = ["--fault", "/api/login/phone/request:" + example.fault, "--fault", "/api/login/phone/confirm:" + example.fault]
        try await EmulatorProcess.with(faults + ["--jwt-secret", TestProject.secret]) { emulator in
            let slow = example.fault.hasPrefix("delay") || example.fault.hasPrefix("drip")
            let timeout = slow ? 1 : 15
            let failed = try await Self.run(["request", "--phone", Self.phone], emulator, timeout: timeout)
            if slow { try await Self.expectGaveUp(failed, emulator, abandoned: 1) }
            #expect(failed.status == example.status, "stderr: \(failed.stderr)")
            #expect(failed.stderr.hasPrefix("phone-login: ") && failed.stderr.contains(example.stderr), "stderr: \(failed.stderr)")
            #expect(failed.stderr.split(separator: "\n").count == 1, "one line")
            #expect(failed.stdout.isEmpty)

            let request = try await Self.run(["request", "--phone", Self.phone], emulator)
            #expect(request.status == 0, "the fault was used up: \(request.stderr)")
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let code = try await BinaryRoundTripTests.code(emulator, operation: operation)
            let confirm = ["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code]
            let refused = try await Self.run(confirm, emulator, timeout: timeout)
            if slow { try await Self.expectGaveUp(refused, emulator, abandoned: 2) }
            #expect(refused.status == example.status, "stderr: \(refused.stderr)")
            #expect(refused.stderr.contains(example.stderr), "stderr: \(refused.stderr)")
            #expect(refused.stdout.isEmpty, "no token printed")
            // The fault hit before the emulator handled the confirm: the code is still good.
            let again = try await Self.run(confirm, emulator)
            #expect(again.status == 0, "stderr: \(again.stderr)")
            #expect(again.stdout.hasPrefix("eyJ"))
            let stats = try await emulator.stats()
            #expect(stats.faultsTaken == 2 && stats.pendingFaults == 0, "the request's and the confirm's fault were both hit: \(stats)")
        }
    }

    @Test("a --fault the emulator cannot inject: the reason, exit 2", arguments: [
        ("/api/login/phone/request:explode", "unknown kind explode"),
        ("/emulator/sms:reset", "path must be an API path"),
        ("/api/otc/code:delay", "delay needs seconds"),
    ])
    func badFault(_ example: (String, String)) async throws {
        let outcome = try await BinaryRunner.run(["emulator", "--port", "0", "--fault", example.0])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--fault \(example.0): \(example.1)"), "stderr: \(outcome.stderr)")
    }

    @Test("a confirm whose answer is lost is not sent again: one attempt, and the code is used up")
    func confirmNotRetried() async throws {
        try await EmulatorProcess.with(["--fault", "/api/login/phone/confirm:reset@after"]) { emulator in
            let request = try await Self.run(["request", "--phone", Self.phone], emulator)
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let code = try await BinaryRoundTripTests.code(emulator, operation: operation)
            let confirm = ["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code]
            let lost = try await Self.run(confirm, emulator)
            #expect(lost.status == 6, "stderr: \(lost.stderr)")
            #expect(lost.stderr.contains("The connection to the server closed before it answered."))
            #expect(try await emulator.stats().faultsTaken == 1, "the reset was the emulator's")
            #expect(try await emulator.messages().last?.confirmAttempts == 1, "the client sent the confirm once")
            let again = try await Self.run(confirm, emulator)
            #expect(again.status == 4, "the emulator had used the code: \(again.stderr)")
        }
    }

    @Test("--wait-for-link rides out a reset poll and completes")
    func linkPollRetried() async throws {
        try await EmulatorProcess.with(["--fault", "/api/otc/code:reset", "--fault", "/api/otc/code:status:503"]) { emulator in
            let request = try await Self.run(["request", "--phone", Self.phone, "--send-link", "--link-url", "https://example.com/done"], emulator)
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let link = try #require(try await emulator.messages().last?.link)
            let arguments = ["confirm", "--phone", Self.phone, "--operation-id", operation, "--wait-for-link", "--base-url", emulator.baseURL,
                             "--project-id", TestProject.id]
            let waiting = Task { try await BinaryRunner.run(arguments, timeout: .seconds(40)) }
            // The link is followed only once both faults have been taken and a third poll is open: the client rode them out.
            let ridden = try await emulator.statsReach { $0.faultsTaken == 2 && $0.pendingFaults == 0 && $0.linkWaiters == 1 }
            let stats = try await emulator.stats()
            #expect(ridden, "a poll open after the reset and the 503: \(stats)")
            #expect(try await RawHTTP.send(.GET, link).status == 200)
            let confirm = try await waiting.value
            #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
            #expect(confirm.stdout.hasPrefix("eyJ"))
        }
    }
}
