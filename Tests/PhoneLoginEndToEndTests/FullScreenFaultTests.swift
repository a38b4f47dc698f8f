import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("The full-screen UI under faults, driven in tmux", .serialized)
struct FullScreenFaultTests {
    /// A fault on start (the shorthand after `PATH:`) and a piece of the message the form must show.
    static let cases: [(fault: String, message: String)] = [
        ("delay:60", "did not answer in time"),
        ("status:500", "Fault injected by the emulator: status."),
        ("malformed", "could not be read"),
        ("reset", "closed before it answered"),
        ("truncate", "closed before it answered"),
    ]

    @Test("the message under the form, Enter tries again and gets a code, Esc leaves with 1", arguments: cases)
    func startUnderFault(_ example: (fault: String, message: String)) async throws {
        try await EmulatorProcess.with(["--fault", "/api/login/phone/request:" + example.fault]) { emulator in
            // 4 s for the 60 s delay to trip (and for the try after it, which must reach the server in time on a busy
            // machine); 15 s for the others, so a busy machine does not turn them into timeouts.
            let timeout = example.fault.hasPrefix("delay") ? 4 : 15
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --timeout \(timeout)"
            try await TmuxSession.with(FullScreenTests.command(arguments), width: 120) { session in
                try await session.waitFor("Phone number")
                try await session.type("+4915112345678")
                try await session.press("Enter")
                let sent = ContinuousClock.now
                let failed = try await session.waitFor(example.message)
                #expect(ContinuousClock.now - sent < .seconds(20), "no hang")
                #expect(failed.contains("Phone number"), "still on the phone screen")
                #expect(!failed.contains("Code sent"))
                try await session.press("Enter")
                try await session.waitFor("Code sent to +49 •••• •••••78")
                try await session.press("Escape")
                try await session.waitFor("Phone number")
                try await session.press("Escape")
                try await FullScreenTests.expectExit(session, "1")
            }
        }
    }

    @Test("a confirm lost on the way back: the message, and no second confirm behind the user's back")
    func confirmLost() async throws {
        try await EmulatorProcess.with(["--fault", "/api/login/phone/confirm:reset@after"]) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id)"
            try await TmuxSession.with(FullScreenTests.command(arguments), width: 120) { session in
                try await session.waitFor("Phone number")
                try await session.type("+4915112345678")
                try await session.press("Enter")
                try await session.waitFor("Code sent to")
                let code = try await FullScreenTests.newestCode(emulator)
                try await session.type(code)
                try await session.press("Enter")
                try await session.waitFor("closed before it answered")
                #expect(try await emulator.messages().last?.confirmAttempts == 1, "no second confirm")
                try await session.press("Escape")
                try await session.waitFor("Phone number")
                try await session.press("Escape")
                try await FullScreenTests.expectExit(session, "1")
            }
        }
    }
}
