import Foundation
import PhoneLoginTestSupport
import Testing

/// The emulator's clock on the built binary, inside `emulator exec`: a code's 180 s and a 600 s rate-limit window run
/// out when a test moves the clock (`POST $PHONE_LOGIN_EMULATOR_URL/clock`), not when it waits.
@Suite("The emulator's clock on the built binary")
struct EmulatorClockEndToEndTests {
    /// Runs `phone-login emulator exec OPTIONS -- /bin/sh -c SCRIPT` (`$PL` the binary, `$P` the number, `advance N`
    /// a clock move) and how long it took.
    static func exec(_ script: String, options: [String] = []) async throws -> (outcome: BinaryRunner.Outcome, seconds: Double) {
        let prelude = """
            P=+15555550100
            advance() { curl -sf -X POST -d "{\\"advance_seconds\\":$1}" "$PHONE_LOGIN_EMULATOR_URL/clock" >/dev/null || exit 9; }

            """
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try await BinaryRunner.run(["emulator", "exec", "--quiet"] + options + ["--", "/bin/sh", "-c", prelude + script],
                                                 environment: ["PL": BinaryRunner.executable.path], timeout: .seconds(60))
        let elapsed = clock.now - start
        return (outcome, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The `KEY=value` lines of an output.
    static func values(_ text: String) -> [String: String] {
        EmulatorExecTests.values(text)
    }

    @Test("a code is confirmed after 170 s of the clock and expired after 181 s (exit 4), with no waiting",
          arguments: [(170, "0"), (181, "4")])
    func codeExpiry(_ seconds: Int, _ status: String) async throws {
        let (outcome, elapsed) = try await Self.exec("""
            operation=$("$PL" request --phone "$P") || exit 8
            code=$("$PL" emulator code --phone "$P") || exit 8
            advance \(seconds)
            "$PL" confirm --phone "$P" --operation-id "$operation" --code "$code" >/dev/null 2>&1
            echo "CONFIRM=$?"
            """)
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(Self.values(outcome.stdout)["CONFIRM"] == status, "\(outcome.stdout)")
        #expect(elapsed < Double(seconds), "the clock moved, nobody waited: \(elapsed) s")
    }

    @Test("with one request per 600 s, the second is refused (exit 5) until the clock passes the window",
          arguments: [(590, "5"), (600, "0")])
    func rateLimitWindow(_ seconds: Int, _ status: String) async throws {
        let (outcome, elapsed) = try await Self.exec("""
            "$PL" request --phone "$P" >/dev/null || exit 8
            "$PL" request --phone "$P" >/dev/null 2>&1
            echo "AGAIN=$?"
            advance \(seconds)
            "$PL" request --phone "$P" >/dev/null 2>&1
            echo "LATER=$?"
            """, options: ["--phone-limit", "1", "--limit-window", "600"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        #expect(values["AGAIN"] == "5", "the limit holds before the move: \(outcome.stdout)")
        #expect(values["LATER"] == status, "\(outcome.stdout)")
        #expect(elapsed < Double(seconds), "the clock moved, nobody waited: \(elapsed) s")
    }
}
