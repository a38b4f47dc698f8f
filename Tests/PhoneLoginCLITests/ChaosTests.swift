import Foundation
import PhoneLoginTestSupport
import Testing

/// The real binary in a real terminal (tmux), under an interactive shell so job control works: random keys, huge
/// pastes, a tiny window, Ctrl-Z and `fg`, then one of SIGTERM, SIGHUP or Ctrl-C. The seed is printed on failure.
@Suite("Chaos on the binary in a terminal: it survives keys, pastes, resizing and suspending; signals end it cleanly",
       .serialized)
struct ChaosTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PHONE_LOGIN_CHAOS_SEED"].flatMap { UInt64($0) } ?? 20_261_121
    static let randomChunks = 150

    /// The binary runs in a subshell that records its pid (sh `exec`s it), its exit status and the terminal's modes.
    static func commandLine(_ session: TmuxSession, _ arguments: String) -> String {
        let binary = BinaryRunner.executable.path
        return "( sh -c 'echo $$ > \(session.path("pid")); exec \(binary) \(arguments) 2> \(session.path("err"))'; "
            + "echo $? > \(session.path("status")); stty -a > \(session.path("stty")) )"
    }

    /// Brings the UI back to the phone screen, idle: Esc cancels a request or leaves the code screen, never quits here.
    static func settleOnPhoneScreen(_ session: TmuxSession) async throws {
        for _ in 0..<20 {
            let screen = try await session.screen()
            if screen.contains("Enter the code from the SMS") || screen.contains("Sending a code") {
                try await session.press("Escape")
                try await Task.sleep(for: .milliseconds(300))
            } else if screen.contains("Sign in with your phone") {
                return
            } else {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        throw TmuxError.timedOut(waitingFor: "the phone screen", screen: try await session.screen())
    }

    static func expectAlive(_ session: TmuxSession, _ stage: String) async throws {
        let exited = FileManager.default.fileExists(atPath: session.path("status"))
        let err = (try? String(contentsOfFile: session.path("err"), encoding: .utf8)) ?? ""
        #expect(!exited, "seed \(seed): the program ended after \(stage); stderr: \(err)")
        if exited { throw TmuxError.failed("the program ended after \(stage)") }
    }

    @Test("random keys, 100 KB pastes, a tiny window, Ctrl-Z and fg; then the ending, the terminal sane",
          arguments: [("TERM", "143"), ("HUP", "129"), ("C-c", "130")])
    func chaos(_ ending: (String, String)) async throws {
        try await EmulatorProcess.with(["--code-length", "12"]) { emulator in
            var random = SeededGenerator(seed: Self.seed &+ UInt64(ending.1)!)
            let environment: [String: String?] = ["PS1": "chaos$ ", "HISTFILE": "/dev/null"]
            try await TmuxSession.with("exec bash --norc --noprofile -i", width: 100, height: 30, environment: environment) { session in
                try await session.waitFor("chaos$")
                try await session.type(Self.commandLine(session, "--base-url \(emulator.baseURL) --project-id \(TestProject.id)"))
                try await session.press("Enter")
                try await session.waitFor("Phone number")
                let pidText = try await session.waitForFile("pid")
                let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))

                // Random keys: printable, control keys, escape sequences, broken ones, invalid UTF-8, pastes.
                var kinds: [KeyChaos.Kind: Int] = [:]
                for index in 0..<Self.randomChunks {
                    let chunk = KeyChaos.chunk(using: &random, keepsRunning: true, largestPaste: 4_000)
                    kinds[chunk.kind, default: 0] += 1
                    try await session.send(bytes: chunk.bytes)
                    if index % 25 == 0 { try await Task.sleep(for: .milliseconds(random.pick([0, 40, 300]))) }
                }
                try await Task.sleep(for: .milliseconds(1_500))  // a paste left open is taken after a quiet second
                try await Self.expectAlive(session, "\(Self.randomChunks) random key sequences \(kinds)")
                try await Self.settleOnPhoneScreen(session)

                // 100 KB pastes, bracketed and plain: the field takes what fits, the program goes on.
                let huge = String(repeating: "+1 (415) 555-0100 call me maybe 😀 ", count: 3_000)
                try await session.paste(huge, bracketed: true)
                try await session.paste(String(repeating: "1234567890", count: 10_000), bracketed: false)
                try await Task.sleep(for: .milliseconds(1_500))
                try await Self.expectAlive(session, "two 100 KB pastes")
                try await Self.settleOnPhoneScreen(session)
                try await session.press("C-u")
                try await session.type("+4915112345678")
                try await session.waitFor("+4915112345678")
                try await session.waitFor("Press Enter to get a code by SMS.")

                // A tiny window and back: the form and what was typed come back.
                try await session.resize(width: 20, height: 5)
                try await session.waitFor("Make the window")
                try await session.resize(width: 8, height: 2)
                try await Task.sleep(for: .milliseconds(300))
                try await session.resize(width: 100, height: 30)
                try await session.waitFor("+4915112345678")
                try await Self.expectAlive(session, "resizing")

                // Ctrl-Z: the shell gets the terminal back; fg: the same form again.
                try await session.press("C-z")
                try await session.waitFor("Stopped")
                try await session.type("fg")
                try await session.press("Enter")
                let back = try await session.waitFor("+4915112345678")
                #expect(back.contains("Phone number"), "the form redrawn after fg")
                try await Self.expectAlive(session, "Ctrl-Z and fg")

                // The ending.
                if ending.0 == "C-c" {
                    try await session.press("C-c")
                } else {
                    #expect(kill(pid, ending.0 == "TERM" ? SIGTERM : SIGHUP) == 0)
                }
                #expect(try await session.waitForFile("status") == ending.1 + "\n", "seed \(Self.seed)")
                let modes = try await session.waitForFile("stty").split(whereSeparator: { " \n;".contains($0) })
                #expect(modes.contains("icanon") && modes.contains("echo"), "the terminal is sane: \(modes.joined(separator: " "))")
                let err = (try? String(contentsOfFile: session.path("err"), encoding: .utf8)) ?? ""
                #expect(!err.contains("Fatal error") && !err.contains("Crash"), "stderr: \(err)")
                print("chaos seed \(Self.seed) (\(ending.0)): \(Self.randomChunks) random key sequences \(kinds.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")), two 100 KB pastes, resized to 20×5 and 8×2, Ctrl-Z and fg, then \(ending.0) → \(ending.1)")
            }
        }
    }
}
