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

/// The full-screen program in process on a pty against the in-process emulator: a login typed key by key, and
/// every way out. Serialized: curses keeps one screen per process, and each run installs the full screen's signal
/// handlers for the whole process.
@Suite("The full screen in process, on a pty", .serialized)
struct FullScreenLoginTests {
    static let phone = "+4915112345678"

    @Test("a login typed on the terminal: Enter sends the number, the SMS's code signs in, the outcome carries the token")
    func login() async throws {
        try await EmulatorHarness.run { emulator, client in
            let program = try ProgramOnTerminal(service: client)
            defer { Task { await program.finish() } }
            let terminal = program.terminal
            try #require(await terminal.waitFor("Phone number") != nil, "no form: \(terminal.screen.text)")
            terminal.type(Self.phone)
            #expect(await emulator.messages().isEmpty, "nothing is sent before Enter")
            terminal.type("\r")
            let sent = await Polling.until(within: .seconds(30)) { await emulator.stats().outbox == 1 }
            #expect(sent, "Enter sent no request: \(terminal.screen.text)")
            let sms = try #require(await emulator.messages(to: Self.phone).last)
            try #require(await terminal.waitFor("expires in") != nil, "no code screen: \(terminal.screen.text)")
            terminal.type(sms.code + "\r")
            let outcome = try await program.outcome().get()
            guard case .finished(.success(let result)) = outcome else {
                Issue.record("not signed in: \(outcome)\n\(terminal.screen.text)")
                return
            }
            #expect(result.token.split(separator: ".").count == 3, "a JWT: \(result.token.prefix(12))…")
            #expect(await emulator.messages().count == 1, "one SMS for one login")
            #expect(ProgramOnTerminal.sameModes(terminal.modes(), program.modesBefore), "the terminal's modes restored")
        }
    }
}
