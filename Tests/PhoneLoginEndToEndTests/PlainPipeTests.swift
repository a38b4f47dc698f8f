import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The plain mode driven through pipes, as a script drives it")
struct PlainPipeTests {
    /// `--plain` against `emulator` with the test project, plus `arguments`.
    static func arguments(_ emulator: EmulatorProcess, _ arguments: [String] = []) -> [String] {
        ["--plain", "--base-url", emulator.baseURL, "--project-id", TestProject.id] + arguments
    }

    /// A UTF-8 locale (CI may have none set, and the plain mode then writes ASCII).
    static let utf8 = ["LC_ALL": "C.UTF-8"]

    /// The emulator with 8-digit codes: a code cannot turn up in the output by chance.
    static let emulatorArguments = ["--jwt-secret", TestProject.secret, "--code-length", "8"]

    @Test("a wrong code, then the right one: stdout carries the token alone, stderr never the code")
    func login() async throws {
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let run = try InteractiveProcess(Self.arguments(emulator, ["--output", "token"]), environment: Self.utf8)
            try await run.waitFor("Phone number: ")
            try run.send("+1 (415) 555-0100")
            let sent = try await run.waitFor("Code sent to …00. Code: ")
            #expect(sent.contains("Sending a code…\nThe code is valid for 3 minutes.\n"))
            let code = try await FullScreenTests.newestCode(emulator)
            let wrong = code == "00000000" ? "11111111" : "00000000"
            try run.send(wrong)
            try await run.waitFor("Wrong code. Check the SMS and try again (2 tries left). (Xsolla 003-001, HTTP 401)")
            try await run.waitFor("Code sent to …00. Code: ", count: 2)
            try run.send(code)
            let outcome = await run.finish()
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
            let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty, "one line on stdout: \(outcome.stdout)")
            let result = try await LoginResult.parse(loginURL: "https://x.example/?token=\(lines[0])", verifyingWith: TestProject.secret)
            #expect(result.signatureVerified && result.claims.projectID == TestProject.id)
            #expect(outcome.stderr.contains("Signed in (JWT). User \(result.claims.subject); the token is valid until "))
            #expect(!outcome.stderr.contains(code) && !outcome.stderr.contains(wrong), "no code is echoed back")
            #expect(!outcome.stderr.contains(String(lines[0].prefix(20))), "the token is only on stdout")
        }
    }

    @Test("the countdown announced at 10 seconds and at expiry; r sends a new code that works")
    func expiryAndResend() async throws {
        // The emulator keeps its codes for its default 3 minutes: a code the prompt calls expired must not even be sent.
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let run = try InteractiveProcess(Self.arguments(emulator, ["--code-lifetime", "11", "--resend-cooldown", "10", "--output", "json"]), environment: Self.utf8)
            try await run.waitFor("Phone number: ")
            try run.send("+4915112345678")
            try await run.waitFor("The code is valid for 11 seconds.")
            try run.send("r")
            try await run.waitFor("A new code can be asked for in ")
            try await run.waitFor("10 seconds left to enter the code.")
            // The announcement and the prompt after it are two writes: wait for the later one.
            let expired = try await run.waitFor("The code has expired. Type r for a new code: ")
            #expect(expired.contains("The code has expired. Type r and press Enter for a new code."), "announced")
            let stale = try await FullScreenTests.newestCode(emulator)
            try run.send(stale)
            try await run.waitFor("The code has expired. Type r and press Enter for a new code.", count: 2)
            try run.send("r")
            try await run.waitFor("A new code is on its way. The code is valid for 11 seconds.")
            let code = try await FullScreenTests.newestCode(emulator)
            #expect(code != stale)
            try run.send(code)
            let outcome = await run.finish()
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            #expect(object["token"] is String)
            #expect(!outcome.stderr.contains(code) && !outcome.stderr.contains(stale))
        }
    }

    /// Input given all at once and then closed: what the run ends with.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let extra: [String]
        var locale = "C.UTF-8"
        let status: Int32
        /// Lines stderr must contain.
        let says: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no input at all: cancelled", input: "", extra: [], status: 1,
             says: ["Phone number: \n", "phone-login: Cancelled: end of input.\n"]),
        Case(name: "not a number, then the end: a usage error", input: "+1 555\n", extra: [], status: 2,
             says: ["Not a phone number: needs + and 5–25 digits; got 4.\n", "phone-login: Invalid phone number: needs + and 5–25 digits; got 4.\n"]),
        Case(name: "letters: said where", input: "call me\n", extra: [], status: 2,
             says: ["Not a phone number: needs + and 5–25 digits; “c” at position 1 is not allowed.\n"]),
        Case(name: "a test number the server rate-limits", input: "+10000000057\n", extra: [], status: 5,
             says: ["Too many attempts. Try again in 60 s. (Xsolla 002-057, HTTP 429)\nPhone number: "]),
        Case(name: "the phone limit reached by asking again, and again during the wait", input: "+15555550100\nr\nr\n",
             extra: ["--resend-cooldown", "0"], status: 5,
             says: ["Sending a new code…\nToo many attempts. Try again in 10 min. (Xsolla 002-057, HTTP 429)\n",
                    "Too many attempts: wait 10 minutes more before trying again.\n", "phone-login: Too many attempts."]),
        Case(name: "a banned user", input: "+10000000040\n", extra: [], status: 7, says: ["(Xsolla 002-040, HTTP 422)"]),
        Case(name: "a wrong code, then the end", input: "+15555550100\n00000000\n", extra: [], status: 3,
             says: ["Wrong code. Check the SMS and try again (2 tries left).", "phone-login: Wrong code."]),
        Case(name: "a code sent, then the end: cancelled", input: "+15555550100\n", extra: [], status: 1,
             says: ["Code sent to …00. Code: \n", "phone-login: Cancelled: end of input.\n"]),
        Case(name: "a locale that is not UTF-8: ASCII", input: "+15555550100\n", extra: [], locale: "C", status: 1,
             says: ["Sending a code.\n", "Code sent to .00. Code: \n"]),
        Case(name: "a code with a letter in it", input: "+15555550100\n12a4\n", extra: [], status: 1,
             says: ["“a” is not a digit: the code is digits only.\n"]),
        Case(name: "an empty line at the code prompt says the time left", input: "+15555550100\n\n", extra: [], status: 1,
             says: [" left to enter the code.\n"]),
        Case(name: "n goes back to the number", input: "+15555550100\nn\n", extra: [], status: 1,
             says: ["Code sent to …00. Code: \nPhone number: \n"]),
    ]

    @Test("input that ends: the documented exit codes", arguments: cases)
    func endOfInput(_ example: Case) async throws {
        try await EmulatorProcess.with(Self.emulatorArguments + ["--phone-limit", "1"]) { emulator in
            let outcome = try await BinaryRunner.run(Self.arguments(emulator, example.extra), environment: ["LC_ALL": example.locale],
                                                   stdin: example.input)
            #expect(outcome.status == example.status, "stderr: \(outcome.stderr)")
            for line in example.says { #expect(outcome.stderr.contains(line), "stderr: \(outcome.stderr)") }
            #expect(outcome.stdout.isEmpty)
        }
    }

    @Test("an unreachable server: the reason, Enter tries again, the end of input exits 6")
    func unreachable() async throws {
        let arguments = ["--plain", "--base-url", "http://127.0.0.1:\(closedLoopbackPort())/api", "--project-id", TestProject.id,
                         "--connect-timeout", "1"]
        let outcome = try await BinaryRunner.run(arguments, environment: Self.utf8, stdin: "+4915112345678\n\n")
        #expect(outcome.status == 6, "stderr: \(outcome.stderr)")
        let refusal = "Cannot reach the server: connection refused. Is it running, and is the base URL right? Press Enter to try again.\n"
        #expect(outcome.stderr.components(separatedBy: refusal).count == 3, "tried twice: \(outcome.stderr)")
    }

    @Test("demo mode through pipes: the SMS printed as a line, the login URL on stdout")
    func demo() async throws {
        let run = try InteractiveProcess(["--plain", "--output", "login-url"], environment: Self.utf8)
        try await run.waitFor("Demo mode: a local emulator stands in for Xsolla Login")
        try run.send("+4915112345678")
        let sms = try await run.waitFor("Code sent to …78. Code: ")
        let line = try #require(sms.split(separator: "\n").first { $0.hasPrefix("SMS to …78: Your Xsolla Login code is ") })
        let code = String(line.dropFirst("SMS to …78: Your Xsolla Login code is ".count).prefix(while: \.isNumber))
        #expect(code.count == 4)
        try run.send(code)
        let outcome = await run.finish()
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("http://127.0.0.1:") && outcome.stdout.contains("/emulator/callback?token=ey"))
    }

    @Test("demo link flow: l follows the SMS link and the login completes by itself")
    func demoLink() async throws {
        let run = try InteractiveProcess(["--plain", "--send-link", "--output", "login-url"], environment: Self.utf8)
        try run.send("+4915112345678")
        let sent = try await run.waitFor("Code sent to …78. Code: ")
        #expect(sent.contains("Type l to follow the SMS link."))
        #expect(sent.components(separatedBy: "The code is valid for").count == 2, "said once: \(sent)")
        try run.send("l")
        try await run.waitFor("The SMS link was followed: signing in…")
        let outcome = await run.finish()
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("http://127.0.0.1:") && outcome.stdout.contains("/emulator/callback?token=ey"))
    }
}
