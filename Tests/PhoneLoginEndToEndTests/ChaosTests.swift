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

    /// The shell in the pane records, at each prompt, the last exit status and the terminal's modes (the
    /// binary is run as a job of its own, as a person runs it: a wrapper in the same job would stop before it).
    static let shell = "PROMPT_COMMAND='s=$?; stty -a > {dir}/stty; echo $s > {dir}/status' PS1='chaos$ ' HISTFILE=/dev/null "
        + "exec bash --norc --noprofile -i"

    /// The binary, by way of `sh -c 'echo $$ …; exec …'`, so its pid is known.
    static func commandLine(_ session: TmuxSession, _ arguments: String) -> String {
        "sh -c 'echo $$ > \(session.path("pid")); exec \(BinaryRunner.executable.path) \(arguments) 2> \(session.path("err"))'"
    }

    /// Brings the UI back to the phone screen, idle: Esc cancels a request or leaves the code screen, never quits here.
    static func settleOnPhoneScreen(_ session: TmuxSession) async throws {
        for _ in 0..<20 {
            let screen = try await session.screen()
            // The code screen, a request in flight, or the country list (a random Tab): Esc goes back to the number.
            if screen.contains("Enter the code from the SMS") || screen.contains("Sending a code") || screen.contains("Enter pick") {
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

    static func expectAlive(_ session: TmuxSession, pid: Int32, _ stage: String) throws {
        let alive = kill(pid, 0) == 0
        let err = (try? String(contentsOfFile: session.path("err"), encoding: .utf8)) ?? ""
        #expect(alive, "seed \(seed): the program ended after \(stage); stderr: \(err)")
        if !alive { throw TmuxError.failed("the program ended after \(stage)") }
    }

    @Test("random keys, 100 KB pastes, a tiny window, Ctrl-Z and fg; then the ending, the terminal sane",
          arguments: [("TERM", "143", "Terminated."), ("HUP", "129", "Hung up."), ("C-c", "130", "Interrupted.")])
    func chaos(_ ending: (String, String, String)) async throws {
        try await EmulatorProcess.with(["--code-length", "12"]) { emulator in
            var random = SeededGenerator(seed: Self.seed &+ UInt64(ending.1)!)
            try await TmuxSession.with(Self.shell, width: 100, height: 30) { session in
                try await session.waitFor("chaos$")
                _ = try await session.waitForFile("status")
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
                try Self.expectAlive(session, pid: pid, "\(Self.randomChunks) random key sequences \(kinds)")
                try await Self.settleOnPhoneScreen(session)

                // 100 KB pastes, bracketed and plain: the field takes what fits, the program goes on.
                let huge = String(repeating: "+1 (415) 555-0100 call me maybe 😀 ", count: 3_000)
                try await session.paste(huge, bracketed: true)
                try await session.paste(String(repeating: "1234567890", count: 10_000), bracketed: false)
                try await Task.sleep(for: .milliseconds(1_500))
                try Self.expectAlive(session, pid: pid, "two 100 KB pastes")
                try await Self.settleOnPhoneScreen(session)
                try await session.press("C-u")
                try await session.type("+4915112345678")
                try await session.waitFor("+49 1511 2345678")
                try await session.waitFor("Press Enter to get a code by SMS.")

                // A tiny window and back: the form and what was typed come back.
                try await session.resize(width: 20, height: 5)
                try await session.waitFor("Make the window")
                try await session.resize(width: 8, height: 2)
                try await Task.sleep(for: .milliseconds(300))
                try await session.resize(width: 100, height: 30)
                try await session.waitFor("+49 1511 2345678")
                try Self.expectAlive(session, pid: pid, "resizing")

                // Ctrl-Z: the shell gets the terminal back; fg: the same form again.
                try await session.press("C-z")
                try await session.waitFor("Stopped")
                try await session.type("fg")
                try await session.press("Enter")
                let back = try await session.waitFor("+49 1511 2345678")
                #expect(back.contains("Phone number"), "the form redrawn after fg")
                try Self.expectAlive(session, pid: pid, "Ctrl-Z and fg")

                // The ending: the prompt's record of the exit status and the modes comes afresh.
                try? FileManager.default.removeItem(atPath: session.path("status"))
                try? FileManager.default.removeItem(atPath: session.path("stty"))
                if ending.0 == "C-c" {
                    try await session.press("C-c")
                } else {
                    #expect(kill(pid, ending.0 == "TERM" ? SIGTERM : SIGHUP) == 0)
                }
                #expect(try await session.waitForFile("status") == ending.1 + "\n", "seed \(Self.seed)")
                let modes = try await session.waitForFile("stty").split(whereSeparator: { " \n;".contains($0) })
                #expect(modes.contains("icanon") && modes.contains("echo"), "the terminal is sane: \(modes.joined(separator: " "))")
                // The same status from a process killed by the signal would leave no words, and the shell would
                // have reset the terminal itself: the message proves the program ended on its own terms.
                let err = (try? String(contentsOfFile: session.path("err"), encoding: .utf8)) ?? ""
                #expect(err == "phone-login: \(ending.2)\n", "stderr: \(err)")
                print("chaos seed \(Self.seed) (\(ending.0)): \(Self.randomChunks) random key sequences \(kinds.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")), two 100 KB pastes, resized to 20×5 and 8×2, Ctrl-Z and fg, then \(ending.0) → \(ending.1)")
            }
        }
    }
}
