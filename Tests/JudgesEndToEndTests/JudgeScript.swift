import Foundation

/// Runs one of the judges' Python scripts (`scripts/judges/NAME.py`) with the repository's venv and returns its output.
enum JudgeScript {
    /// The repository's root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The venv's python, made or refreshed by `scripts/python-env.sh`.
    static func python() throws -> String {
        let result = try runProcess("/bin/bash", [root.appendingPathComponent("scripts/python-env.sh").path], environment: [:])
        guard result.status == 0 else { throw JudgeScriptError.failed("scripts/python-env.sh", result.status, result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `scripts/judges/<name>` with `arguments` and extra environment; fails on a non-zero exit.
    static func run(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> String {
        let script = root.appendingPathComponent("scripts/judges/\(name)").path
        let result = try runProcess(try python(), [script] + arguments, environment: environment)
        guard result.status == 0 else { throw JudgeScriptError.failed(name, result.status, result.stderr) }
        return result.stdout
    }

    /// Runs `scripts/judges/<name>` to its end, whatever its exit status: the status, its output and its diagnostics
    /// (for a judge whose output says which of its checks failed).
    static func outcome(_ name: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        try runProcess(try python(), [root.appendingPathComponent("scripts/judges/\(name)").path] + arguments, environment: environment)
    }

    /// Runs a program to its end: its output read from a pipe, its diagnostics from a file (no second reader).
    private static func runProcess(_ program: String, _ arguments: [String], environment: [String: String]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("judge-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errText = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), errText)
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
