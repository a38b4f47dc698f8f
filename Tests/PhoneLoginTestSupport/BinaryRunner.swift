import Foundation
import Synchronization

/// Runs the built `phone-login` binary as a user would, capturing what it prints and how it exits.
///
/// Waiting never blocks a Swift concurrency thread: pipes are drained on threads of their own and the exit
/// arrives through the termination handler.
public enum BinaryRunner {
    /// What a finished run left.
    public struct Outcome: Sendable {
        /// The exit code (128 + signal number if a signal ended it).
        public let status: Int32
        /// Everything written to stdout.
        public let stdout: String
        /// Everything written to stderr.
        public let stderr: String
        /// From just before the spawn to the exit, as the process's own end is seen (`ExitWatch`, not when Foundation or a
        /// busy test process gets round to it): what a time bound on the binary should be checked against.
        public var elapsed: Duration = .zero
    }

    /// The `phone-login` executable next to the test bundle (SwiftPM builds it for the test targets that depend on it).
    public static var executable: URL {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidate = directory
        for _ in 0..<4 {
            let binary = candidate.appendingPathComponent("phone-login")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
            candidate = candidate.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("phone-login")
    }

    /// Runs the binary (or another `executable`) to its end (terminated after `timeout`), with `stdin` as its input.
    /// With `discardOutput`, stdout and stderr go to /dev/null (for a program that leaves a daemon holding them open).
    public static func run(_ arguments: [String], executable: URL = executable, environment: [String: String] = [:],
                           stdin: String? = nil, timeout: Duration = .seconds(60), discardOutput: Bool = false) async throws -> Outcome {
        // A configuration directory of its own, unless the test gives one; removed once the binary has exited.
        let scratch = environment["XDG_CONFIG_HOME"] == nil ? try ScratchConfiguration() : nil
        defer { scratch?.remove() }
        let variables = cleanEnvironment(configuration: scratch?.path).merging(environment) { $1 }
        let output = Pipe.closingOnExec(), error = Pipe.closingOnExec(), input = Pipe.closingOnExec()
        let spawned = ContinuousClock.now
        let process = try SpawnedProcess(SpawnedProcess.which(executable.path), arguments, environment: variables,
                                         stdin: input.fileHandleForReading.fileDescriptor,
                                         stdout: discardOutput ? nil : output.fileHandleForWriting.fileDescriptor,
                                         stderr: discardOutput ? nil : error.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForReading.close()
        try? output.fileHandleForWriting.close()
        try? error.fileHandleForWriting.close()
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        async let out = discardOutput ? "" : drain(output.fileHandleForReading)
        async let err = discardOutput ? "" : drain(error.fileHandleForReading)
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            process.signal(SIGTERM)
        }
        let status = await process.wait()
        watchdog.cancel()
        let elapsed = (process.exitedAt ?? .now) - spawned
        return Outcome(status: status, stdout: await out, stderr: await err, elapsed: elapsed)
    }

    /// Reads a pipe to its end on a thread of its own.
    static func drain(_ handle: FileHandle) async -> String {
        await DedicatedThread.run { String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) }
    }

    /// The test process's environment without any Login project settings, its locale neutral (`TestLocale`: a test that
    /// wants German or a country says so), and `XDG_CONFIG_HOME` set to `configuration`, so a login in a test never
    /// reaches the real `~/.config/phone-login`. Without one, a new empty directory is made (never removed: pass a
    /// `ScratchConfiguration`'s path, as `run`, `InteractiveProcess` and `EmulatorProcess` do, to have it removed).
    public static func cleanEnvironment(configuration: String? = nil) -> [String: String] {
        var environment = TestLocale.neutral(ProcessInfo.processInfo.environment)
            .filter { !$0.key.hasPrefix("XSOLLA_LOGIN_") && !$0.key.hasPrefix("PHONE_LOGIN_") }
        environment["XDG_CONFIG_HOME"] = configuration ?? (try? ScratchConfiguration())?.path
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-config-\(UUID().uuidString)").path
        return environment
    }
}
