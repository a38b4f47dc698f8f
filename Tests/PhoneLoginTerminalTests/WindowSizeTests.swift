import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

extension CursesInProcess {
    /// The full screen in a window too small for its form, and in a window that changes size while it runs.
    @Suite("The full screen: small windows and resizes")
    struct WindowSizeTests {
        /// The documented message for a window below 48×16 (docs/full-screen.md), read across its wrapped rows.
        static func saysTooSmall(_ screen: ScreenModel, columns: Int, rows: Int) -> Bool {
            let text = screen.flowingText
            return text.contains("Make the window larger") && text.contains("48x16") && text.contains("(now \(columns)x\(rows))")
        }

        @Test("a window below 48×16 shows the \"make the window larger\" message, not the form, and the program still answers; 48×16 gets the form",
              arguments: [(20, 5), (47, 16), (48, 15), (48, 16)])
        func small(_ columns: Int, _ rows: Int) async throws {
            try await EmulatorHarness.run { _, client in
                try await ProgramOnTerminal.run(service: client, columns: columns, rows: rows) { program in
                    let terminal = program.terminal
                    let fits = columns >= 48 && rows >= 16
                    let shown = await terminal.waitForScreen {
                        fits ? $0.text.contains("Phone number") : Self.saysTooSmall($0, columns: columns, rows: rows)
                    }
                    #expect(shown != nil, "\(columns)×\(rows):\n\(terminal.screen.text)")
                    if let screen = shown?.screen, !fits { #expect(!screen.text.contains("Phone number"), "no squeezed form") }
                    terminal.type("\u{1B}")
                    let ended = try await program.outcome().get()
                    #expect(ended == .finished(.cancelled))
                }
            }
        }

        @Test("a resize while it runs (the pty's size set, then SIGWINCH) redraws for the new size: the message, then the form again")
        func resize() async throws {
            try await EmulatorHarness.run { _, client in
                try await ProgramOnTerminal.run(service: client, columns: 100, rows: 30) { program in
                    let terminal = program.terminal
                    try #require(await terminal.waitFor("Phone number") != nil, "no form: \(terminal.screen.text)")
                    for (columns, rows, fits) in [(30, 10, false), (80, 24, true), (40, 12, false), (100, 30, true)] {
                        terminal.setSize(columns: columns, rows: rows)
                        // The signal the kernel sends the terminal's foreground process group on a resize, as the
                        // runtime's signal bridge hands it to the program.
                        program.signal(SIGWINCH)
                        let shown = await terminal.waitForScreen {
                            fits ? $0.text.contains("Phone number") && $0.cursorInField(after: "") && !$0.text.contains("larger")
                                : Self.saysTooSmall($0, columns: columns, rows: rows) && !$0.text.contains("Phone number")
                        }
                        #expect(shown != nil, "after the resize to \(columns)×\(rows) (\(terminal.byteCount) bytes):\n\(terminal.screen.text)")
                    }
                    terminal.type("\u{1B}")
                    let ended = try await program.outcome().get()
                    #expect(ended == .finished(.cancelled))
                }
            }
        }
    }
}
