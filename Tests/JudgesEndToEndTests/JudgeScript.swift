import Foundation
import PhoneLoginTestSupport

/// Runs one of the judges' Python scripts (`scripts/judges/NAME.py`) with the repository's venv and returns its output.
enum JudgeScript {
    /// The repository's root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The venv's python, made or refreshed by `scripts/python-env.sh`.
    static func python() async throws -> String {
        let result = try await runProcess("/bin/bash", [root.appendingPathComponent("scripts/python-env.sh").path], environment: [:])
        guard result.status == 0 else { throw JudgeScriptError.failed("scripts/python-env.sh", result.status, result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `scripts/judges/<name>` with `arguments` and extra environment; fails on a non-zero exit.
    static func run(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:]) async throws -> String {
        let result = try await outcome(name, arguments, environment: environment)
        guard result.status == 0 else { throw JudgeScriptError.failed(name, result.status, result.stderr) }
        return result.stdout
    }

    /// Runs `scripts/judges/<name>` to its end, whatever its exit status: the status, its output and its diagnostics
    /// (for a judge whose output says which of its checks failed).
    static func outcome(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:]) async throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        try await runProcess(try await python(), [root.appendingPathComponent("scripts/judges/\(name)").path] + arguments,
                             environment: environment)
    }

    /// Runs a program to its end (a `SpawnedProcess`, so it holds none of the test process's sockets open), the test
    /// process's environment plus `environment`; 10 minutes at most.
    private static func runProcess(_ program: String, _ arguments: [String], environment: [String: String]) async throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outcome = try await BinaryRunner.run(arguments, executable: URL(fileURLWithPath: program), environment: variables,
                                                 timeout: .seconds(600))
        return (outcome.status, outcome.stdout, outcome.stderr)
    }
}

/// A judge's script that could not run or failed.
enum JudgeScriptError: Error, CustomStringConvertible {
    case failed(String, Int32, String)

    var description: String {
        switch self {
        case let .failed(name, status, stderr): "\(name) exited \(status): \(stderr.suffix(2000))"
        }
    }
}
