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
import PhoneLoginUI
import Testing

extension CursesInProcess {
    /// The kiosk on a pty: its raw terminal, where Ctrl-C is a key that ends nothing, and the admin key.
    @Suite("The kiosk: raw keys and the admin key")
    struct KioskOnTerminalTests {
        /// Ctrl-] as the admin key.
        static let adminKey: UInt8 = 0x1D

        // Disabled: one run in about twenty waits its 30 s for the "5" typed after Ctrl-C and fails, though the screen
        // shows the 5 with the cursor after it at the end (CI-like run, 2026-12-08, at a load of 2.5): the echo came
        // late or the wait missed it, not yet known which. KioskTests (tmux, the built binary) covers the same promise.
        @Test("Ctrl-C typed is a key that ends nothing; the admin key twice stops the kiosk; the terminal's modes restored",
              .disabled("flaky: the digit typed after Ctrl-C is sometimes seen only after the 30 s wait; cause not yet found"))
        func rawKeys() async throws {
            try await EmulatorHarness.run { emulator, client in
                let kiosk = KioskConfiguration(settings: KioskSettings(adminKey: Self.adminKey), branding: KioskBranding()) { _, _ in HandOffReport() }
                try await ProgramOnTerminal.run(service: client, kiosk: kiosk) { program in
                    let terminal = program.terminal
                    try #require(await terminal.waitForScreen { $0.text.contains("Phone number") && $0.cursorInField(after: "") } != nil,
                                 "no form: \(terminal.screen.text)")
                    let during = terminal.modes()
                    #expect(during.c_lflag & tcflag_t(ISIG) == 0, "raw: Ctrl-C, Ctrl-Z and Ctrl-\\ are keys")
                    #expect(program.modesBefore.c_lflag & tcflag_t(ISIG) != 0)
                    // Ctrl-C, then a digit: the digit shown means the Ctrl-C was read before it and ended nothing.
                    terminal.type("\u{03}5")
                    let typed = await terminal.waitForScreen { $0.cursorInField(after: "5") }
                    #expect(typed != nil, "the kiosk did not go on after Ctrl-C (cursor \(terminal.screen.row),\(terminal.screen.column)):\n\(terminal.screen.text)\n\(terminal.tail)")
                    terminal.type(String(UnicodeScalar(Self.adminKey)) + String(UnicodeScalar(Self.adminKey)))
                    let ended = try await program.outcome().get()
                    #expect(ended == .stoppedByAdminKey)
                    // Read before the test lets go of the slave; the program has restored the terminal by the time it returns.
                    #expect(ProgramOnTerminal.sameModes(terminal.modes(), program.modesBefore), "the terminal's modes restored")
                    await program.finish()
                    #expect(!terminal.screen.alternateScreen && !terminal.screen.bracketedPaste)
                    #expect(await emulator.stats().outbox == 0)
                }
            }
        }
    }
}
