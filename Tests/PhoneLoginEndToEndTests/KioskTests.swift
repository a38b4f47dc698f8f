import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("Kiosk mode, driven in tmux: one visitor after another", .serialized)
struct KioskTests {
    typealias F = FullScreenTests

    /// Sends a signal to the kiosk started with `--banner marker` (anchored at the binary: the shell's line holds it too).
    static func signal(_ name: String, marker: String) async throws {
        let pattern = "^" + BinaryRunner.executable.path + " --kiosk --banner " + marker
        // `-o`: only the oldest match. A hook being spawned shows the kiosk's command line until its exec, and a
        // signal meant for the kiosk must not reach it there.
        let kill = try await BinaryRunner.run(["-o", "-\(name)", "-f", pattern], executable: URL(fileURLWithPath: "/usr/bin/pkill"))
        #expect(kill.status == 0, "the kiosk process was found")
    }

    /// Exit status and terminal modes: also `isig`, which the kiosk's raw mode turned off while it ran.
    static func expectExit(_ session: TmuxSession, _ status: String) async throws {
        try await F.expectExit(session, status)
        let modes = try await session.waitForFile("stty").split(whereSeparator: { " \n;".contains($0) })
        #expect(modes.contains("isig") && modes.contains("ixon"), "signals and flow control are back for the shell")
    }

    /// Signs in on the demo: the number, the code read off the SMS panel.
    static func demoSignIn(_ session: TmuxSession, phone: String) async throws {
        try await session.waitFor("Step 1 of 2")
        try await session.type(phone)
        try await session.press("Enter")
        try await session.type(try await F.demoCode(session, codeScreen: "Step 2 of 2"))
        try await session.press("Enter")
    }

    /// The words on a screen without the box edges, lines joined: a wrapped sentence reads whole (80 columns: no panel beside).
    static func prose(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func lines(_ session: TmuxSession, _ name: String) throws -> [String] {
        try String(contentsOf: session.directory.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("two visitors in a row: the hook gets each token on stdin, the log a line without it, the screen and scrollback wiped between them")
    func twoVisitors() async throws {
        let marker = "kiosk-\(UUID().uuidString.prefix(8))"
        try await EmulatorProcess.with(["--jwt-secret", TestProject.secret]) { emulator in
            let hook = "cat >> {dir}/tokens; tr '\\000' ' ' < /proc/$$/cmdline >> {dir}/argv; echo >> {dir}/argv; env >> {dir}/env"
            let arguments = "--kiosk --banner \(marker) --base-url \(emulator.baseURL) --project-id \(TestProject.id) --kiosk-success-seconds 8 "
                + "--on-login \(TmuxSession.quote(hook)) --log-logins {dir}/logins.jsonl"
            // The alternate screen off: what the kiosk clears would otherwise never reach tmux's scrollback to be checked.
            let command = "tmux set-option -w alternate-screen off; printf 'shell-before-the-kiosk\\n'; " + F.command(arguments)
            try await TmuxSession.with(command) { session in
                // The screen masks the number grouped, its country visible; the log keeps the plain mask.
                let visitors = [("+49 151 1234 5678", PhoneNumber(validating: "+4915112345678")!.masked(), "+49 •••• •••••78"),
                                ("+1 415 555 0100", PhoneNumber(validating: "+14155550100")!.masked(), "+1 •••-•••-••00")]
                for (index, visitor) in visitors.enumerated() {
                    let form = try await session.waitForSettled("Step 1 of 2")
                    #expect(form.contains("[____"), "visitor \(index + 1) starts with an empty field")
                    #expect(!form.contains("+49 151"), "nothing of the first visitor is left")
                    let history = try await session.history(settlingWithin: .seconds(5)) { history in
                        !history.contains("shell-before-the-kiosk") && !history.contains("You are signed in") && !history.contains(visitors[0].2)
                    }
                    #expect(!history.contains("shell-before-the-kiosk"), "the scrollback was cleared at the start")
                    #expect(!history.contains("You are signed in") && !history.contains(visitors[0].2), "and between visitors")
                    try await session.type(visitor.0)
                    try await session.press("Enter")
                    try await session.waitFor("Step 2 of 2")
                    try await session.type(try await F.newestCode(emulator))
                    try await session.press("Enter")
                    let success = try await session.waitFor("This screen clears in")
                    #expect(success.contains("You are signed in") && success.contains("with " + visitor.2))
                    #expect(!success.contains("eyJ"), "no part of the token on screen")
                    #expect(!success.contains("did not"), "the hook worked")
                    // The first visitor ends the success screen with a key; the second's clears by itself.
                    if index == 0 { try await session.press("Enter") }
                }
                try await session.waitFor("Step 1 of 2")

                let tokens = try Self.lines(session, "tokens")
                #expect(tokens.count == 2, "the hook ran once per login, the token alone on its stdin")
                #expect(!FileManager.default.fileExists(atPath: session.path("config/phone-login/sessions.json")),
                        "a kiosk never remembers a visitor's sign-in")
                let log = try Self.lines(session, "logins.jsonl")
                #expect(log.count == 2)
                var subjects: [String] = [], phones: [String?] = []
                for (token, line) in zip(tokens, log) {
                    let result = try await LoginResult.parse(loginURL: "https://x.example/?token=\(token)", verifyingWith: TestProject.secret)
                    #expect(result.signatureVerified, "the emulator's own JWT")
                    let validation = try await RawHTTP.send(.POST, emulator.baseURL + "/token/validate", body: #"{"token":"\#(token)"}"#)
                    #expect(validation.status == 204, "the emulator accepts it as a token it issued")
                    let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
                    #expect(Set(entry.keys) == ["time", "phone", "sub", "expires_at", "hook"])
                    #expect(entry["sub"] == result.claims.subject && entry["hook"] == "ok")
                    #expect(entry["expires_at"] == result.claims.expiresAt.formatted(.iso8601))
                    #expect(!line.contains(token) && !line.contains(String(token.prefix(20))), "the log never holds the token")
                    subjects.append(result.claims.subject)
                    phones.append(entry["phone"])
                }
                #expect(Set(subjects).count == 2, "two different people")
                #expect(phones == visitors.map(\.1), "the phone numbers masked")
                let mode = try FileManager.default.attributesOfItem(atPath: session.path("logins.jsonl"))[.posixPermissions] as? Int
                #expect(mode == 0o600)
                let argv = try String(contentsOf: session.directory.appendingPathComponent("argv"), encoding: .utf8)
                let environment = try String(contentsOf: session.directory.appendingPathComponent("env"), encoding: .utf8)
                #expect(argv.hasPrefix("/bin/sh -c cat >> "))
                for token in tokens {
                    #expect(!argv.contains(token) && !environment.contains(token), "the token is in neither argv nor the environment")
                }
                #expect(environment.contains("PHONE_LOGIN_SUB=\(subjects[0])"))

                try await Self.signal("TERM", marker: marker)
                try await Self.expectExit(session, "143")
            }
        }
    }

    @Test("idle: \"Are you still there?\" with its countdown; a key continues, silence starts over")
    func idlePrompt() async throws {
        try await TmuxSession.with(F.command("--kiosk --idle-timeout 3 --idle-prompt-seconds 8 --admin-key ctrl-]")) { session in
            try await session.waitFor("Step 1 of 2")
            try await session.type("+4915")
            let prompt = try await session.waitFor("Are you still there?")
            #expect(prompt.contains("Press any key to continue.") && prompt.contains("Starting over in 0:0"))
            #expect(!prompt.contains("+49 15"), "the number is hidden meanwhile")
            try await session.type("x")
            let back = try await session.waitFor("[+49 15_")
            #expect(!back.contains("+49 15x"), "the key that answered is not typed")
            try await session.waitFor("Are you still there?")
            let fresh = try await session.waitForSettled("[_____")
            #expect(!fresh.contains("+49 15") && !fresh.contains("Are you still there?"))
            // Both presses in one send-keys: the admin key is two presses within 2 s.
            try await session.press("C-]", "C-]")
            try await Self.expectExit(session, "0")
        }
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\ and SIGINT, SIGQUIT, SIGTSTP neither end nor suspend it; SIGTERM and SIGHUP do, the terminal sane",
          arguments: [("TERM", "143"), ("HUP", "129")])
    func keysAndSignalsIgnored(_ ending: (String, String)) async throws {
        let marker = "kiosk-\(UUID().uuidString.prefix(8))"
        try await TmuxSession.with(F.command("--kiosk --banner \(marker)")) { session in
            try await session.waitFor("Step 1 of 2")
            try await session.type("+49")
            for key in ["C-c", "C-z", "C-\\"] { try await session.press(key) }
            for name in ["INT", "QUIT", "TSTP"] { try await Self.signal(name, marker: marker) }
            try await session.type("1")
            let screen = try await session.waitFor("[+49 1_")
            #expect(screen.contains("Step 1 of 2"))
            #expect(!FileManager.default.fileExists(atPath: session.path("status")), "still running")
            try await Self.signal(ending.0, marker: marker)
            try await Self.expectExit(session, ending.1)
            #expect(try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8).isEmpty)
        }
    }

    @Test("a failing or hanging hook is shown politely and the kiosk goes on", arguments: [
        ("exit 3", "(the command exited with status 3)"),
        ("exec sleep 31.5", "(the command took longer than 1 s)"),
    ])
    func hookFailure(_ example: (String, String)) async throws {
        let arguments = "--kiosk --kiosk-success-seconds 6 --on-login-timeout 1 --on-login \(TmuxSession.quote(example.0)) --log-logins {dir}/log"
        try await TmuxSession.with(F.command(arguments), width: 80, height: 30) { session in
            try await Self.demoSignIn(session, phone: "+4915112345678")
            let screen = try await session.waitForSettled("This screen clears in")
            #expect(Self.prose(screen).contains("Your sign-in worked, but passing it on did not " + example.1 + ". Please ask the staff for help."))
            #expect(screen.contains("You are signed in"))
            let fresh = try await session.waitForSettled("Step 1 of 2")
            #expect(fresh.contains("SMS (demo phone)") && !fresh.contains("Your Xsolla Login code is"), "the demo panel is emptied too")
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(try Self.lines(session, "log")[0].utf8)) as? [String: String])
            #expect(entry["hook"] == (example.0 == "exit 3" ? "exit 3" : "timed out"))
            let left = try await BinaryRunner.run(["-f", "^sleep 31.5"], executable: URL(fileURLWithPath: "/usr/bin/pgrep"))
            #expect(left.status == 1, "a hook past its timeout is killed, not left behind")
            try await Self.demoSignIn(session, phone: "+14155550100")
            try await session.waitFor("This screen clears in")
            try await session.press("Enter")
            try await session.waitFor("Step 1 of 2")
        }
    }

    @Test("SIGTERM while a login is being handed over: the hook finishes with its token, then exit 143")
    func terminatedDuringHandOff() async throws {
        let marker = "kiosk-\(UUID().uuidString.prefix(8))"
        // The hook waits for the test's go-ahead, given only once the kiosk has taken the signal; then, with the whole token
        // read, it notes whether the kiosk (its parent) is still there waiting for it.
        let hook = "until [ -e {dir}/go ]; do sleep 0.1; done; cat > {dir}/late-token; kill -0 $PPID && touch {dir}/kiosk-waited"
        let arguments = "--kiosk --banner \(marker) --on-login \(TmuxSession.quote(hook))"
        try await TmuxSession.with(F.command(arguments), width: 80, height: 30) { session in
            try await Self.demoSignIn(session, phone: "+4915112345678")
            try await session.waitFor("Finishing your sign-in…")
            try await Self.signal("TERM", marker: marker)
            // The kiosk has taken the signal once it has closed its screen (the runtime's loop ended on it); it must still
            // wait for the hook, which has not been let go yet.
            _ = try await session.waitUntil("the kiosk's screen closed") { !$0.contains("Finishing your sign-in…") }
            #expect(!FileManager.default.fileExists(atPath: session.path("status")), "still handing over")
            _ = FileManager.default.createFile(atPath: session.path("go"), contents: Data())
            try await Self.expectExit(session, "143")
            let token = try String(contentsOf: session.directory.appendingPathComponent("late-token"), encoding: .utf8)
            #expect(token.hasPrefix("eyJ") && token.hasSuffix("\n"), "the hook got the whole token before the kiosk left")
            #expect(FileManager.default.fileExists(atPath: session.path("kiosk-waited")), "the kiosk was still there when the hook ended")
        }
    }

    @Test("the title in block letters over the centred form: full blocks in a UTF-8 terminal, # in an ASCII-only one",
          arguments: [("C.UTF-8", "█"), ("C", "#")])
    func blockTitle(_ example: (String, String)) async throws {
        let arguments = "--kiosk --title 'Game Expo' --banner 'Sign in to win' --admin-key ctrl-]"
        try await TmuxSession.with(F.command(arguments), width: 100, height: 30, environment: ["LC_ALL": example.0, "LANG": example.0]) { session in
            let screen = try await session.waitForSettled("Step 1 of 2")
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(\.droppingTrailingSpaces)
            let title = [" ###  ##  #   # ####    #### #   # ###   ## ",
                         "#    #  # ## ## #       #     # #  #  # #  #",
                         "# ## #### # # # ###     ###    #   ###  #  #",
                         "#  # #  # #   # #       #     # #  #    #  #",
                         " ### #  # #   # ####    #### #   # #     ## "]
            let expected = title.map { String(repeating: " ", count: 28) + $0.replacingOccurrences(of: "#", with: example.1) }
                .map(\.droppingTrailingSpaces)
            let row = try #require(lines.firstIndex(of: expected[0]), "the title in block letters, centred:\n\(screen)")
            #expect(Array(lines[row..<min(lines.count, row + 5)]) == expected)
            #expect(lines[row - 2] == String(repeating: " ", count: 43) + "Sign in to win", "the banner centred, a blank row above the title")
            let form = try #require(lines.firstIndex { $0.contains("Step 1 of 2") })
            #expect(form == row + 6, "the form a blank row below the title")
            #expect(lines[form].prefix { $0 == " " }.count == 2 && lines[form].count == 98, "the form and the demo's SMS panel centred together")
            let above = lines[..<(row - 2)].filter(\.isEmpty).count
            #expect((2...4).contains(above), "no empty band at the top: \(above) blank rows above the banner")
            #expect(!lines[row..<(row + 5)].joined().contains("?"), "nothing the terminal cannot show")
            try await session.press("C-]", "C-]")
            try await Self.expectExit(session, "0")
        }
    }

    @Test("options that make no sense are refused before the screen opens", arguments: [
        (["--on-login", "cat"], "--on-login goes with --kiosk."),
        (["--kiosk", "--output", "token"], "--kiosk never prints the token"),
        (["--kiosk", "--save-token", "/tmp/kiosk-token"], "--kiosk never saves the token"),
        (["--kiosk", "--admin-key", "ctrl-c"], "--admin-key"),
        (["--kiosk", "--idle-timeout", "0"], "--idle-timeout must be 1–86400 seconds."),
        (["--kiosk", "--log-logins", "/nonexistent-dir/logins"], "phone-login: Cannot write the login log /nonexistent-dir/logins: No such file or directory."),
    ])
    func usage(_ example: ([String], String)) async throws {
        let outcome = try await BinaryRunner.run(example.0)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(example.1))
    }

    // MARK: A terminal written by someone else (issue 26: on a Linux console `\e[3J` erases the whole display)

    /// Writes `bytes` to the pane's terminal, as another program on the same tty would (its name in `{dir}/tty`).
    static func writeToTerminal(_ session: TmuxSession, _ bytes: String) async throws {
        let path = try await session.waitForFile("tty").trimmingCharacters(in: .whitespacesAndNewlines)
        let handle = try #require(FileHandle(forWritingAtPath: path), "the pane's tty \(path) opens")
        handle.write(Data(bytes.utf8))
        try handle.close()
    }

    /// The display erased behind the kiosk's back and a mark left there (tmux erases only the scrollback on
    /// `\e[3J`, so `\e[2J` stands for the console's erase here); returns once the mark is on the screen.
    static func eraseBehindItsBack(_ session: TmuxSession) async throws {
        try await writeToTerminal(session, "\u{1B}[H\u{1B}[2J\u{1B}[3J written-over-by-someone-else")
        _ = try await session.waitFor("written-over-by-someone-else")
    }

    @Test("erased by someone else, the form is whole again within the repaint period (--repaint-every; every 3 s on a console)")
    func repaintAfterErase() async throws {
        try await TmuxSession.with("tty > {dir}/tty; " + F.command("--kiosk --repaint-every 2")) { session in
            try await session.waitForSettled("Step 1 of 2")
            try await session.type("+4915")
            let before = try await session.waitForSettled("[+49 15_")
            try await Self.eraseBehindItsBack(session)
            // Nothing changed in the kiosk: only the repaint brings the frame back, every cell of it.
            let after = try await session.waitUntil("the whole form again", timeout: .seconds(10)) { $0 == before }
            #expect(!after.contains("written-over-by-someone-else"))
        }
    }

    @Test("stopped and resumed (SIGSTOP, SIGCONT), with the screen erased meanwhile: the whole form again at once")
    func repaintAfterResume() async throws {
        let marker = "kiosk-\(UUID().uuidString.prefix(8))"
        try await TmuxSession.with("tty > {dir}/tty; " + F.command("--kiosk --banner \(marker) --repaint-every 0")) { session in
            let before = try await session.waitForSettled("Step 1 of 2")
            try await Self.signal("STOP", marker: marker)
            try await Self.eraseBehindItsBack(session)
            try await Self.signal("CONT", marker: marker)
            let after = try await session.waitUntil("the whole form again", timeout: .seconds(10)) { $0 == before }
            #expect(!after.contains("written-over-by-someone-else"))
            try await Self.signal("TERM", marker: marker)
            try await Self.expectExit(session, "143")
        }
    }

    /// A console font's repertoire for `PHONE_LOGIN_CONSOLE_GLYPHS` (see `ConsoleFont`): Latin-1, the box lines and the
    /// block, no Cyrillic (as Debian's Lat15).
    static let latinFont = String(String.UnicodeScalarView((0xA0...0xFF).compactMap(Unicode.Scalar.init))) + "─│┌┐└┘█•…"

    @Test("a console font without Cyrillic: --language ru refused with words (English meanwhile); Ctrl-L walks the Latin languages only")
    func languagesTheFontHas() async throws {
        let font = "printf %s \(TmuxSession.quote(Self.latinFont)) > {dir}/font; export PHONE_LOGIN_CONSOLE_GLYPHS={dir}/font; "
        try await TmuxSession.with(font + F.command("--kiosk --language ru"), environment: ["LANG": "C.UTF-8", "LC_ALL": nil]) { session in
            let english = try await session.waitForSettled("Step 1 of 2")
            #expect(english.contains("Ctrl-L Deutsch"))
            let note = try await session.waitForFile("err")
            #expect(note.contains("phone-login: note: the console's font lacks the letters of the language ru"), "\(note)")
            #expect(note.contains("speaking English."))
            // Each press shows the next Latin language; after Português comes English again, never Русский.
            for (title, next) in [("Schritt 1 von 2", "Strg-L Français"), ("Étape 1 sur 2", "Español"), ("Paso 1 de 2", "Português"),
                                  ("Etapa 1 de 2", "English")] {
                try await session.press("C-l")
                let screen = try await session.waitFor(title)
                #expect(screen.contains(next), "\(screen)")
            }
            try await session.press("C-l")
            let back = try await session.waitFor("Step 1 of 2")
            #expect(!back.contains("Русский") && back.contains("Ctrl-L Deutsch"))
        }
    }

    @Test("outside UTF-8 (LANG=C) the language key offers nothing: not named in the key help, English kept")
    func noLanguageKeyOutsideUTF8() async throws {
        try await TmuxSession.with(F.command("--kiosk"), environment: ["LANG": "C", "LC_ALL": "C"]) { session in
            let form = try await session.waitForSettled("Step 1 of 2")
            #expect(!form.contains("Ctrl-L"), "\(form)")
            try await session.press("C-l")
            try await session.type("+49")
            // The key before the digits was handled once they show.
            let after = try await session.waitFor("+49")
            #expect(after.contains("Step 1 of 2") && !after.contains("Schritt"))
        }
    }
}
