import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("Documented exit codes and one-line errors")
struct ExitCodeTests {
    /// A run of the binary and what it must end with.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { name }
    }

    static let project = ["--project-id", TestProject.id]

    /// Cases that need no server, or a dead one.
    static let offline: [Case] = [
        Case(name: "invalid phone", arguments: ["request", "--phone", "+1 555"] + project, status: 2,
             stderr: "phone-login: Invalid phone number: needs + and 5–25 digits; got 4."),
        Case(name: "no project id", arguments: ["request", "--phone", "+4915112345678"], status: 2,
             stderr: "phone-login: No project id: pass --project-id or set XSOLLA_LOGIN_PROJECT_ID."),
        Case(name: "project id not a uuid", arguments: ["request", "--phone", "+4915112345678", "--project-id", "demo"], status: 2,
             stderr: "is not a UUID"),
        Case(name: "plain http to a remote host", arguments: ["request", "--phone", "+4915112345678", "--base-url", "http://login.example.com/api"] + project,
             status: 2, stderr: "Refusing plain http:// to login.example.com"),
        Case(name: "unknown option", arguments: ["request", "--phone", "+4915112345678", "--frobnicate"], status: 2, stderr: "Unknown option"),
        Case(name: "send-link without link-url", arguments: ["request", "--phone", "+4915112345678", "--send-link"] + project, status: 2,
             stderr: "--send-link needs --link-url."),
        Case(name: "confirm without a code", arguments: ["confirm", "--phone", "+4915112345678", "--operation-id", "x"] + project, status: 2,
             stderr: "Give --code"),
        Case(name: "short JWT secret", arguments: ["confirm", "--phone", "+4915112345678", "--operation-id", "x", "--code", "1", "--jwt-secret", "short"] + project,
             status: 2, stderr: "HS256 needs at least 32"),
        Case(name: "server not running", arguments: ["request", "--phone", "+4915112345678", "--connect-timeout", "1", "--base-url", "http://127.0.0.1:\(closedLoopbackPort())/api"] + project,
             status: 6, stderr: "phone-login: Cannot reach the server: connection refused."),
    ]

    @Test("offline failures", arguments: offline)
    func offlineFailures(_ example: Case) async throws {
        let outcome = try await BinaryRunner.run(example.arguments)
        #expect(outcome.status == example.status, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains(example.stderr), "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    /// A test number, the exit code it must end with, its Xsolla code and HTTP status (the README's table), and the
    /// sentence before them when the test pins it (nil: any non-empty sentence).
    struct Answer: Sendable, CustomTestStringConvertible {
        let phone: String
        let status: Int32
        let xsolla: String
        let http: Int
        let sentence: String?
        var testDescription: String { "\(phone) → exit \(status)" }
    }

    @Test("answers from the emulator: the exit code, and one line: phone-login: <sentence> (Xsolla <code>, HTTP <status>)", arguments: [
        Answer(phone: "+10000000043", status: 7, xsolla: "002-043", http: 422, sentence: "This phone number cannot receive SMS. Use a different number."),
        Answer(phone: "+10000000040", status: 7, xsolla: "002-040", http: 422, sentence: "This user is banned. Contact the game's support team."),
        Answer(phone: "+10000000057", status: 5, xsolla: "002-057", http: 429, sentence: "Too many attempts. Try again in 60 s."),
        Answer(phone: "+10000000061", status: 4, xsolla: "003-061", http: 404, sentence: nil),
    ])
    func serverAnswers(_ example: Answer) async throws {
        try await EmulatorProcess.with { emulator in
            let outcome = try await BinaryRunner.run(["request", "--phone", example.phone, "--base-url", emulator.baseURL] + Self.project)
            #expect(outcome.status == example.status, "stderr: \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
            let suffix = " (Xsolla \(example.xsolla), HTTP \(example.http))\n"
            if let sentence = example.sentence {
                #expect(outcome.stderr == "phone-login: " + sentence + suffix)
            } else {
                #expect(outcome.stderr.hasPrefix("phone-login: ") && outcome.stderr.hasSuffix(suffix), "stderr: \(outcome.stderr)")
                #expect(outcome.stderr.count > "phone-login: ".count + suffix.count + 2, "a sentence before the code: \(outcome.stderr)")
                #expect(outcome.stderr.filter { $0 == "\n" }.count == 1, "one line: \(outcome.stderr)")
            }
        }
    }

    @Test("a wrong code exits 3")
    func wrongCode() async throws {
        try await EmulatorProcess.with { emulator in
            let request = try await BinaryRunner.run(["request", "--phone", "+4915112345678", "--base-url", emulator.baseURL] + Self.project)
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let sms = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
            let code = try #require((try JSONSerialization.jsonObject(with: Data(sms.body.utf8)) as? [[String: Any]])?.last?["code"] as? String)
            let wrong = code == "0000" ? "1111" : "0000"
            let outcome = try await BinaryRunner.run(["confirm", "--phone", "+4915112345678", "--operation-id", operation, "--code", wrong,
                                                "--base-url", emulator.baseURL] + Self.project)
            #expect(outcome.status == 3)
            #expect(outcome.stderr == "phone-login: Wrong code. Check the SMS and try again (2 tries left). (Xsolla 003-001, HTTP 401)\n")
        }
    }

    @Test("the emulator on a port in use says so and exits 6")
    func portInUse() async throws {
        try await EmulatorProcess.with { first in
            let port = String(first.rootURL.split(separator: ":").last ?? "")
            let outcome = try await BinaryRunner.run(["emulator", "--port", port], timeout: .seconds(20))
            #expect(outcome.status == 6)
            #expect(outcome.stderr.contains("already in use"), "stderr: \(outcome.stderr)")
        }
    }

    @Test("the emulator stops cleanly on SIGINT and SIGTERM, releasing an open poll", arguments: [SIGINT, SIGTERM])
    func emulatorSignals(_ signal: Int32) async throws {
        let emulator = try await EmulatorProcess.start()
        let start = try await RawHTTP.send(.POST, emulator.baseURL + "/login/phone/request?projectId=\(TestProject.id)",
                                           body: #"{"phone_number":"+4915112345678","send_link":true,"link_url":"https://example.com/x"}"#)
        let operation = try #require(start.json?["operation_id"] as? String)
        let poll = Task {
            try await RawHTTP.send(.GET, emulator.baseURL + "/otc/code?projectId=\(TestProject.id)&login=%2B4915112345678&operation_id=\(operation)")
        }
        // The signal comes once the poll is held (on a loaded machine, connecting can take longer than any fixed sleep).
        #expect(try await emulator.statsReach(within: .seconds(15)) { $0.linkWaiters == 1 })
        let started = ContinuousClock.now
        #expect(await emulator.stop(signal: signal) == 0)
        #expect(ContinuousClock.now - started < .seconds(10), "the open 20 s poll does not hold shutdown")
        #expect(emulator.output.hasSuffix("Emulator stopped.\n"))
        let answer = try await poll.value
        #expect(answer.status == 503)
    }

    @Test("help is on stdout and exits 0")
    func help() async throws {
        let outcome = try await BinaryRunner.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("request") && outcome.stdout.contains("confirm") && outcome.stdout.contains("emulator"))
    }
}
