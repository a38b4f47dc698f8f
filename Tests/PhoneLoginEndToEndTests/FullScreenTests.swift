import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The full-screen UI, driven in tmux as a person would", .serialized)
struct FullScreenTests {
    /// The command line: the binary with `arguments`, then its exit status and the terminal's modes, in files.
    static func command(_ arguments: String) -> String {
        "\(BinaryRunner.executable.path) \(arguments) > {dir}/out 2> {dir}/err; echo $? > {dir}/status; stty -a > {dir}/stty; sleep 60"
    }

    static func newestCode(_ emulator: EmulatorProcess) async throws -> String {
        let sms = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(sms.body.utf8)) as? [[String: Any]])
        return try #require(list.last?["code"] as? String)
    }

    /// The seconds the code screen's countdown shows ("expires in m:ss"), or nil.
    static func secondsLeft(_ screen: String) -> Int? {
        guard let range = screen.range(of: "expires in ") else { return nil }
        let parts = screen[range.upperBound...].prefix(while: { $0.isNumber || $0 == ":" }).split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return nil }
        return minutes * 60 + seconds
    }

    static func expectExit(_ session: TmuxSession, _ status: String) async throws {
        #expect(try await session.waitForFile("status") == status + "\n")
        let modes = try await session.waitForFile("stty").split(whereSeparator: { " \n;".contains($0) })
        #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("onlcr"), "the terminal is restored")
    }

    @Test("against a separate emulator: a wrong code, then the right one; the token on stdout")
    func realModeLogin() async throws {
        try await EmulatorProcess.with(["--jwt-secret", TestProject.secret]) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --output token"
            try await TmuxSession.with(Self.command(arguments)) { session in
                let first = try await session.waitFor("Phone number")
                #expect(first.contains("phone-login · 127.0.0.1"))
                #expect(!first.contains("DEMO"), "a configured project is not the demo")
                try await session.type("+49 151 1234 5678")
                try await session.waitFor("Press Enter to get a code by SMS.")
                try await session.press("Enter")
                let codeScreen = try await session.waitFor("Code sent to +49 •••• •••••78")
                // The default lifetime is 3 minutes; a loaded machine may take a few seconds to show the screen.
                let left = try #require(Self.secondsLeft(codeScreen))
                #expect((150...180).contains(left), "the countdown starts from 3:00")
                let code = try await Self.newestCode(emulator)
                try await session.type(code == "0000" ? "1111" : "0000")
                try await session.press("Enter")
                try await session.waitFor("Wrong code. Check the SMS and try again (2 tries left).")
                try await session.type(code)
                try await session.press("Enter")
                try await Self.expectExit(session, "0")
                let token = try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let result = try await LoginResult.parse(loginURL: "https://x.example/?token=\(token)", verifyingWith: TestProject.secret)
                #expect(result.signatureVerified)
                #expect(result.claims.type == "phone")
                #expect(result.claims.projectID == TestProject.id)
            }
        }
    }

    @Test("expiry: the field locks, R sends a new code, the countdown restarts")
    func expiryAndResend() async throws {
        // The UI's lifetime is short (12 s) so the test sees it run out; the emulator's is long, so a slow machine
        // typing the new code late tests the UI's expiry only.
        try await EmulatorProcess.with(["--code-lifetime", "120"]) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --code-lifetime 12 --resend-cooldown 1 --output json"
            try await TmuxSession.with(Self.command(arguments)) { session in
                try await session.waitFor("Phone number")
                try await session.type("+14155550100")
                try await session.press("Enter")
                try await session.waitFor("expires in 0:0")
                try await session.waitFor("Code expired. Press R for a new code.")
                // The field is locked: a code typed now is not taken and Enter sends nothing. Keys are handled in order, so
                // once R's new code is on the screen, the digits and Enter before it have been handled.
                let first = try #require(try await emulator.messages().last)
                try await session.type(first.code)
                try await session.press("Enter")
                try await session.type("R")
                let resent = try await session.waitFor("A new code is on its way.")
                #expect(try await emulator.messages().first?.confirmAttempts == 0, "no confirm sent for an expired code")
                #expect(try await emulator.messages().count == 2, "R sent one new code")
                let left = try #require(Self.secondsLeft(resent))
                #expect((4...12).contains(left), "the countdown starts over from 0:12")
                let code = try await Self.newestCode(emulator)
                try await session.type(code)
                try await session.press("Enter")
                try await Self.expectExit(session, "0")
                let json = try Data(contentsOf: session.directory.appendingPathComponent("out"))
                let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
                #expect(object["token"] is String)
            }
        }
    }

    /// The newest code on the demo's SMS panel, read once the code screen (`codeScreen`, its title) is up: the demo phone
    /// shows the SMS as the emulator sends it, a moment before the answer reaches the form, and keys typed before the
    /// code screen is up would be dropped, as a person's would.
    static func demoCode(_ session: TmuxSession, codeScreen: String) async throws -> String {
        try await session.waitFor(codeScreen)
        let screen = try await session.waitFor("Your Xsolla Login code is")
        let code = try #require(screen.split(separator: "\n").lazy.compactMap { line -> Substring? in
            guard let range = line.range(of: "Your Xsolla Login code is ") else { return nil }
            return line[range.upperBound...].prefix(while: \.isNumber)
        }.last)
        return String(code)
    }

    @Test("demo mode: the code read off the screen's SMS panel; the success screen waits for a key")
    func demo() async throws {
        try await TmuxSession.with(Self.command("")) { session in
            let first = try await session.waitFor("SMS (demo phone)")
            #expect(first.contains("DEMO: local emulator, no real SMS"))
            try await session.type("+4915112345678")
            try await session.press("Enter")
            let code = try await Self.demoCode(session, codeScreen: "Enter the code from the SMS")
            try await session.type(code)
            try await session.press("Enter")
            let success = try await session.waitFor("✓ Signed in")
            #expect(success.contains("User     ") && success.contains("Token    eyJ"))
            #expect(success.contains("Any key: finish"))
            try await session.press("Enter")
            try await Self.expectExit(session, "0")
            #expect(try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8).isEmpty,
                    "nothing on stdout without --output")
            #expect(!FileManager.default.fileExists(atPath: session.path("config/phone-login/sessions.json")),
                    "a demo sign-in is never remembered")
        }
    }

    @Test("Esc leaves with 1 and Ctrl-C with 130, the terminal restored", arguments: [("Escape", "1"), ("C-c", "130")])
    func leaving(_ example: (String, String)) async throws {
        try await TmuxSession.with(Self.command("")) { session in
            try await session.waitFor("Phone number")
            try await session.type("+49")
            try await session.press(example.0)
            try await Self.expectExit(session, example.1)
        }
    }

    @Test("SIGTERM and SIGHUP restore the terminal and exit 143 and 129", arguments: [("TERM", "143"), ("HUP", "129")])
    func signals(_ example: (String, String)) async throws {
        let marker = "signal-test-\(UUID().uuidString.prefix(8))"
        try await TmuxSession.with(Self.command("--payload \(marker)")) { session in
            try await session.waitFor("Phone number")
            try await session.type("+49 151")
            // Anchored at the binary's path: the tmux server's and the shell's command lines hold the marker too.
            let pattern = "^" + BinaryRunner.executable.path + " --payload " + marker
            let kill = try await BinaryRunner.run(["-\(example.0)", "-f", pattern], executable: URL(fileURLWithPath: "/usr/bin/pkill"))
            #expect(kill.status == 0, "the process was found")
            try await Self.expectExit(session, example.1)
        }
    }

    @Test("demo link flow: L taps the SMS link and the login completes by itself")
    func demoLink() async throws {
        try await TmuxSession.with(Self.command("--send-link --output login-url")) { session in
            try await session.waitFor("Phone number")
            try await session.type("+4915112345678")
            try await session.press("Enter")
            try await session.waitFor("…or follow the SMS link (L taps it)")
            try await session.waitFor("http://127.0.0.1:")
            try await session.type("L")
            try await Self.expectExit(session, "0")
            let url = try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8)
            #expect(url.hasPrefix("http://127.0.0.1:") && url.contains("/emulator/callback?token=ey"))
        }
    }

    @Test("a dead server: the reason in words, and Enter tries again")
    func deadServer() async throws {
        let arguments = "--base-url http://127.0.0.1:\(closedLoopbackPort())/api --project-id \(TestProject.id) --connect-timeout 1"
        try await TmuxSession.with(Self.command(arguments)) { session in
            try await session.waitFor("Phone number")
            try await session.type("+4915112345678")
            try await session.press("Enter")
            let screen = try await session.waitFor("Press Enter to try")
            #expect(screen.contains("Cannot reach the server: connection refused."))
            #expect(screen.contains("again."))
            try await session.press("Escape")
            try await Self.expectExit(session, "1")
        }
    }

    @Test("colours by default; with NO_COLOR none, the title bar in reverse video instead", arguments: [false, true])
    func colours(_ noColor: Bool) async throws {
        // The test runner itself may run with NO_COLOR set: unset it for the colour case.
        try await TmuxSession.with(Self.command(""), environment: ["NO_COLOR": noColor ? "1" : nil]) { session in
            try await session.waitFor("Phone number")
            let styled = try await session.styledScreen()
            let colourCodes = ["\u{1B}[44m", "\u{1B}[36m", "\u{1B}[46m"]
            if noColor {
                #expect(colourCodes.allSatisfy { !styled.contains($0) }, "no colour at all")
                #expect(styled.contains("\u{1B}[7m"), "the title bar stands out in reverse video")
            } else {
                #expect(colourCodes.allSatisfy { styled.contains($0) }, "title bar blue, frames cyan, demo banner black on cyan")
            }
            try await session.press("C-c")
            try await Self.expectExit(session, "130")
        }
    }

    @Test("a non-UTF-8 locale: frames in the terminal's line-drawing set (ACS), nothing but ASCII on screen")
    func lineDrawingFallback() async throws {
        try await TmuxSession.with(Self.command(""), environment: ["LC_ALL": "C", "LANG": "C", "NO_COLOR": nil]) { session in
            let screen = try await session.waitFor("Phone number")
            let asciiOnly = screen.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(asciiOnly, "no UTF-8 box drawing or bullets sent to a C-locale terminal")
            #expect(screen.contains("Sign in with your phone"))
            let styled = try await session.styledScreen()
            // tmux marks cells drawn in the alternate character set with SO (^N) … SI (^O): corners and lines.
            #expect(styled.contains("\u{0E}lq"), "the top-left corner and a line come from the ACS set")
            #expect(styled.contains("\u{0E}x"), "the sides come from the ACS set")
            try await session.type("+49 151")
            try await session.waitFor("[+49 151_")
            try await session.press("C-c")
            try await Self.expectExit(session, "130")
        }
    }

    @Test("too small a window says so; growing it brings the form back")
    func tinyWindow() async throws {
        try await TmuxSession.with(Self.command("")) { session in
            try await session.waitFor("Phone number")
            try await session.type("+49 151")
            try await session.resize(width: 40, height: 10)
            let small = try await session.waitFor("Make the window larger")
            #expect(small.contains("48×16 (now 40×10)"))
            try await session.resize(width: 60, height: 24)
            let back = try await session.waitFor("[+49 151_")
            #expect(back.contains("SMS (demo phone)"), "at 60 columns the panel goes below the form")
            try await session.press("C-c")
            try await Self.expectExit(session, "130")
        }
    }

    @Test("without a terminal: one line pointing to request/confirm, exit 2")
    func noTerminal() async throws {
        let outcome = try await BinaryRunner.run(["-w", BinaryRunner.executable.path], executable: URL(fileURLWithPath: "/usr/bin/setsid"))
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "phone-login: No terminal to draw on. For scripts use `phone-login request` and `phone-login confirm` (see --help).\n")
    }

    @Test("an unknown TERM: one line, exit 2")
    func unknownTerminal() async throws {
        try await TmuxSession.with(Self.command(""), environment: ["TERM": "no-such-terminal"]) { session in
            #expect(try await session.waitForFile("status") == "2\n")
            let error = try String(contentsOf: session.directory.appendingPathComponent("err"), encoding: .utf8)
            #expect(error.hasPrefix("phone-login: Unknown terminal type no-such-terminal in TERM."))
        }
    }
}
