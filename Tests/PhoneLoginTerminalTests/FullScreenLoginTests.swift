import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LoginEmulator
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginTerminal
import PhoneLoginTestSupport
import Testing

extension CursesInProcess {
    /// The full-screen program against the in-process emulator: a login typed key by key, and every way out, each
    /// leaving the terminal's modes as they were.
    @Suite("The full screen: a login, and every way out")
    struct FullScreenLoginTests {
        static let phone = "+4915112345678"

        @Test("a login typed on the terminal: Enter sends the number, the SMS's code signs in, the outcome carries the token")
        func login() async throws {
            try await EmulatorHarness.run { emulator, client in
                try await ProgramOnTerminal.run(service: client) { program in
                    let terminal = program.terminal
                    try #require(await terminal.waitFor("Phone number") != nil, "no form: \(terminal.screen.text)")
                    terminal.type(Self.phone)
                    try #require(await terminal.waitForScreen { $0.text.contains("5678") } != nil, "the number not shown: \(terminal.screen.text)")
                    #expect(await emulator.stats().outbox == 0, "nothing is sent before Enter")
                    terminal.type("\r")
                    let sent = await Polling.until(within: .seconds(30)) { await emulator.stats().outbox == 1 }
                    #expect(sent, "Enter sent no request: \(terminal.screen.text)")
                    let sms = try #require(await emulator.messages(to: Self.phone).last, "no SMS to \(Self.phone)")
                    try #require(await terminal.waitFor("expires in") != nil, "no code screen: \(terminal.screen.text)")
                    terminal.type(sms.code + "\r")
                    let outcome = try await program.outcome().get()
                    guard case .finished(.success(let result)) = outcome else {
                        Issue.record("not signed in: \(outcome)\n\(terminal.screen.text)")
                        return
                    }
                    #expect(result.token.split(separator: ".").count == 3, "a JWT: \(result.token.prefix(12))…")
                    #expect(!result.claims.subject.isEmpty)
                    #expect(await emulator.messages().count == 1, "one SMS for one login")
                    #expect(ProgramOnTerminal.sameModes(terminal.modes(), program.modesBefore), "the terminal's modes restored")
                }
            }
        }

        /// A way out of the phone screen and the outcome documented for it (docs/full-screen.md, the exit codes in
        /// docs/reliability.md: Esc 1, Ctrl-C 130, SIGTERM 143, SIGHUP 129).
        enum Ending: String, CaseIterable, Sendable, CustomTestStringConvertible {
            case escape, interrupt, terminate, hangUp

            var testDescription: String { rawValue }

            var expected: RunOutcome {
                switch self {
                case .escape: .finished(.cancelled)
                case .interrupt: .finished(.interrupted)
                case .terminate: .signalled(SIGTERM)
                case .hangUp: .signalled(SIGHUP)
                }
            }

            /// Esc is typed; the signals arrive as the signal bridge delivers them (a typed Ctrl-C raises SIGINT for
            /// the pty's foreground process group, which this process is not).
            func apply(to program: ProgramOnTerminal) {
                switch self {
                case .escape: program.terminal.type("\u{1B}")
                case .interrupt: program.signal(SIGINT)
                case .terminate: program.signal(SIGTERM)
                case .hangUp: program.signal(SIGHUP)
                }
            }
        }

        @Test("every way out ends with its documented outcome, nothing sent, the terminal's modes, screen and paste mode restored",
              arguments: Ending.allCases)
        func ending(_ ending: Ending) async throws {
            try await EmulatorHarness.run { emulator, client in
                try await ProgramOnTerminal.run(service: client) { program in
                    let terminal = program.terminal
                    try #require(await terminal.waitFor("Phone number") != nil, "no form: \(terminal.screen.text)")
                    let during = terminal.modes()
                    // The comparison after means something only if the program changed the modes: no line editing, no echo.
                    #expect(during.c_lflag & tcflag_t(ICANON) == 0 && during.c_lflag & tcflag_t(ECHO) == 0, "curses modes while it runs")
                    #expect(program.modesBefore.c_lflag & tcflag_t(ICANON) != 0 && program.modesBefore.c_lflag & tcflag_t(ECHO) != 0)
                    #expect(terminal.screen.alternateScreen && terminal.screen.bracketedPaste)
                    ending.apply(to: program)
                    let outcome = try await program.outcome().get()
                    #expect(outcome == ending.expected)
                    // Read before the test lets go of the slave; the program has restored the terminal by the time it returns.
                    #expect(ProgramOnTerminal.sameModes(terminal.modes(), program.modesBefore), "the terminal's modes restored")
                    await program.finish()
                    let screen = terminal.screen
                    #expect(!screen.alternateScreen, "the alternate screen left")
                    #expect(!screen.bracketedPaste, "bracketed paste off")
                    #expect(await emulator.stats().outbox == 0, "nothing sent")
                }
            }
        }

        @Test("a terminal curses cannot drive is an error before anything changes: the modes as they were",
              arguments: ["no-such-terminal", "dumb"])
        func unknownTerminal(_ type: String) async throws {
            try await EmulatorHarness.run { _, client in
                try await ProgramOnTerminal.run(service: client, terminalType: type) { program in
                    let outcome = await program.outcome()
                    guard case .failure(let error) = outcome else {
                        Issue.record("ran on TERM=\(type): \(outcome)")
                        return
                    }
                    #expect(error as? TerminalError == .unknownTerminal(type))
                    #expect(ProgramOnTerminal.sameModes(program.terminal.modes(), program.modesBefore), "the terminal's modes untouched")
                }
            }
        }
    }
}
