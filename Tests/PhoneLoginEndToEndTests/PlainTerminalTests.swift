import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The plain mode on a real terminal (a tmux pane), as a screen-reader user meets it", .serialized)
struct PlainTerminalTests {
    /// The command line: the binary with `arguments`, stdout to a file, stderr (the conversation) on the terminal;
    /// then its exit status and the terminal's modes, in files.
    static func command(_ arguments: String) -> String {
        "\(BinaryRunner.executable.path) \(arguments) > {dir}/out; echo $? > {dir}/status; stty -a > {dir}/stty; sleep 60"
    }

    /// Types an answer, presses Enter, and waits until the screen shows `next`; returns the screen.
    @discardableResult
    static func answer(_ session: TmuxSession, _ text: String, thenWaitFor next: String) async throws -> String {
        try await session.type(text)
        try await session.press("Enter")
        return try await session.waitFor(next)
    }

    /// At the code prompt: a wrong code (until `wrongNotice` is said), then the right one, then the exit, 0; returns
    /// both codes.
    @discardableResult
    static func wrongThenRight(_ session: TmuxSession, _ emulator: EmulatorProcess, wrongNotice: String) async throws -> (code: String, wrong: String) {
        let code = try await FullScreenTests.newestCode(emulator)
        let wrong = code == "00000000" ? "11111111" : "00000000"
        try await answer(session, wrong, thenWaitFor: wrongNotice)
        try await session.type(code)
        try await session.press("Enter")
        try await FullScreenTests.expectExit(session, "0")
        return (code, wrong)
    }

    /// A dumb terminal, in a UTF-8 locale.
    static let dumb: [String: String?] = ["TERM": "dumb", "LC_ALL": "C.UTF-8"]

    @Test("TERM=dumb turns it on; a wrong code, then the right one; the code never on screen; echo back afterwards")
    func login() async throws {
        try await EmulatorProcess.with(PlainPipeTests.emulatorArguments) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --output token"
            try await TmuxSession.with(Self.command(arguments), height: 50, environment: Self.dumb) { session in
                try await session.waitFor("Phone number:")
                try await session.type("+49 151 1234 5678")
                try await session.waitFor("Phone number: +49 151 1234 5678")  // the terminal's own echo
                try await session.press("Enter")
                let prompt = try await session.waitFor("Code sent to …78. Code:")
                #expect(prompt.contains("The code is valid for 3 minutes."))
                let (code, wrong) = try await Self.wrongThenRight(session, emulator, wrongNotice: "Wrong code. Check the SMS and try again (2 tries left).")
                let transcript = try await session.transcript()
                #expect(transcript.contains("Signed in (JWT). User "))
                #expect(!transcript.contains(code) && !transcript.contains(wrong), "the code is never echoed:\n\(transcript)")
                let token = try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let result = try await LoginResult.parse(loginURL: "https://x.example/?token=\(token)", verifyingWith: TestProject.secret)
                #expect(result.signatureVerified)
            }
        }
    }

    @Test("expiry announced and in the prompt; r sends a new code; the new code signs in")
    func expiryAndResend() async throws {
        // The prompt's lifetime is short so the test sees it run out; the emulator's is its default (3 min), so a slow
        // machine typing the new code late tests the prompt's expiry only.
        try await EmulatorProcess.with(PlainPipeTests.emulatorArguments) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --code-lifetime 10 --resend-cooldown 1 --output login-url"
            try await TmuxSession.with(Self.command(arguments), height: 50, environment: Self.dumb) { session in
                try await session.waitFor("Phone number:")
                try await Self.answer(session, "+14155550100", thenWaitFor: "The code is valid for 10 seconds.")
                let expired = try await session.waitFor("The code has expired. Type r for a new code:")
                #expect(expired.contains("The code has expired. Type r and press Enter for a new code."))
                try await Self.answer(session, "r", thenWaitFor: "A new code is on its way. The code is valid for 10 seconds.")
                let code = try await FullScreenTests.newestCode(emulator)
                try await session.type(code)
                try await session.press("Enter")
                try await FullScreenTests.expectExit(session, "0")
                #expect(try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8).contains("token=ey"))
                #expect(!(try await session.transcript()).contains(code))
            }
        }
    }

    @Test("rate limited: the server's wait in words, said again when asked too early; Ctrl-D then exits 5")
    func rateLimited() async throws {
        try await EmulatorProcess.with(PlainPipeTests.emulatorArguments) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id)"
            try await TmuxSession.with(Self.command(arguments), height: 50, environment: Self.dumb) { session in
                try await session.waitFor("Phone number:")
                try await Self.answer(session, "+10000000057", thenWaitFor: "Too many attempts. Try again in 60 s. (Xsolla 002-057, HTTP 429)")
                try await session.press("Enter")
                try await session.waitFor("Too many attempts: wait ")
                try await session.press("C-d")
                try await FullScreenTests.expectExit(session, "5")
                #expect(try await session.transcript().contains("\nphone-login: Too many attempts. Try again in 60 s."))
            }
        }
    }

    @Test("TERM unset turns it on too: demo mode, the SMS as a line, signed in; nothing on stdout without --output")
    func unsetTermDemo() async throws {
        try await TmuxSession.with(Self.command(""), height: 50, environment: ["TERM": nil, "LC_ALL": "C.UTF-8"]) { session in
            try await session.waitFor("Demo mode: a local emulator stands in for Xsolla Login")
            let screen = try await Self.answer(session, "+4915112345678", thenWaitFor: "Code sent to …78. Code:")
            let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("SMS to …78: Your Xsolla Login code is ") })
            let code = String(line.dropFirst("SMS to …78: Your Xsolla Login code is ".count).prefix(while: \.isNumber))
            try await Self.answer(session, code, thenWaitFor: "Signed in (JWT). User ")
            try await FullScreenTests.expectExit(session, "0")
            #expect(try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8).isEmpty)
        }
    }

    @Test("Ctrl-C at the code prompt (echo off): 130, the terminal's echo back")
    func interrupt() async throws {
        try await TmuxSession.with(Self.command(""), height: 50, environment: Self.dumb) { session in
            try await session.waitFor("Phone number:")
            try await Self.answer(session, "+4915112345678", thenWaitFor: "Code sent to …78. Code:")
            try await session.type("98765")
            try await session.press("C-c")
            try await FullScreenTests.expectExit(session, "130")
            let transcript = try await session.transcript()
            #expect(transcript.contains("Code sent to …78. Code:\nphone-login: Interrupted.\n"), "on a line of its own:\n\(transcript)")
            #expect(!transcript.contains("98765"), "what was typed at the code prompt was not echoed")
        }
    }

    @Test("SIGTERM at the code prompt: 143, the echo back")
    func terminate() async throws {
        let marker = "plain-signal-\(UUID().uuidString.prefix(8))"
        try await TmuxSession.with(Self.command("--payload \(marker)"), height: 50, environment: Self.dumb) { session in
            try await session.waitFor("Phone number:")
            try await Self.answer(session, "+4915112345678", thenWaitFor: "Code sent to …78. Code:")
            let pattern = "^" + BinaryRunner.executable.path + " --payload " + marker
            let kill = try await BinaryRunner.run(["-TERM", "-f", pattern], executable: URL(fileURLWithPath: "/usr/bin/pkill"))
            #expect(kill.status == 0, "the process was found")
            try await FullScreenTests.expectExit(session, "143")
        }
    }

    @Test("Ctrl-Z at the code prompt stops with the echo back on; fg asks again and the login goes on")
    func suspend() async throws {
        try await TmuxSession.with("bash --norc --noprofile -i", height: 50, environment: ["PS1": "shell$ ", "LC_ALL": "C.UTF-8"]) { session in
            try await session.waitFor("shell$")
            try await Self.answer(session, "TERM=dumb \(BinaryRunner.executable.path)", thenWaitFor: "Phone number:")
            let screen = try await Self.answer(session, "+4915112345678", thenWaitFor: "Code sent to …78. Code:")
            let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("SMS to …78: Your Xsolla Login code is ") })
            let code = String(line.dropFirst("SMS to …78: Your Xsolla Login code is ".count).prefix(while: \.isNumber))
            try await session.press("C-z")
            try await session.waitFor("Stopped")
            try await Self.answer(session, "stty -a > \(session.path("stty")); echo saved", thenWaitFor: "\nsaved")
            let modes = try await session.waitForFile("stty").split(whereSeparator: { " \n;".contains($0) })
            #expect(modes.contains("echo") && modes.contains("icanon"), "the shell gets its terminal back as it was")
            try await session.type("fg")
            try await session.press("Enter")
            let deadline = ContinuousClock.now + .seconds(45)
            while try await session.transcript().components(separatedBy: "Code sent to …78. Code:").count < 3, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            try await Self.answer(session, code, thenWaitFor: "Signed in (JWT). User ")
            #expect(!(try await session.transcript()).contains(code + "\n"), "the code typed after fg is not echoed")
        }
    }

    @Test("Ctrl-D at the phone prompt: end of input, exit 1")
    func endOfInput() async throws {
        try await TmuxSession.with(Self.command("--plain"), height: 50, environment: ["LC_ALL": "C.UTF-8"]) { session in
            try await session.waitFor("Phone number:")
            try await session.press("C-d")
            try await FullScreenTests.expectExit(session, "1")
            let transcript = try await session.transcript()
            #expect(transcript.contains("Phone number:\nphone-login: Cancelled: end of input.\n"), "\(transcript)")
        }
    }
}
