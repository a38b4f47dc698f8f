import Foundation
import PhoneLoginTestSupport

/// Runs the system's tools for the packaging tests.
enum Shell {
    /// Runs `command` (the first word looked up on PATH) to its end.
    static func run(_ command: [String], stdin: String? = nil, environment: [String: String] = [:],
                    timeout: Duration = .seconds(300)) async throws -> BinaryRunner.Outcome {
        try await BinaryRunner.run(command, executable: URL(fileURLWithPath: "/usr/bin/env"),
                                   environment: environment, stdin: stdin, timeout: timeout)
    }

    /// Runs `command` and returns its stdout; throws with both streams when it fails.
    static func checked(_ command: [String], stdin: String? = nil, environment: [String: String] = [:],
                        timeout: Duration = .seconds(300)) async throws -> String {
        let outcome = try await run(command, stdin: stdin, environment: environment, timeout: timeout)
        guard outcome.status == 0 else { throw ShellError.failed(command.joined(separator: " "), outcome) }
        return outcome.stdout
    }
}
