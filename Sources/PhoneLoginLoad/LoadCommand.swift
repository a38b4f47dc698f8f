import ArgumentParser
import Foundation

/// `phone-login-load`: full logins against an emulator (or a static baseline) from many concurrent clients.
@main
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phone-login-load",
        abstract: "Drives full logins (start → code from the outbox → confirm) at several concurrency levels.",
        discussion: """
        Prints one JSON object per concurrency level: logins per second, p50/p99 latency of the start and confirm \
        requests in milliseconds, and errors. `--target static` sends the same three requests to a server that \
        answers static JSON (nginx in scripts/benchmark.sh), the ceiling the emulator is compared with.
        """)

    @Option(help: "The server's root URL, without /api.")
    var url: String

    @Option(help: "Concurrent clients, comma-separated: one run per value.")
    var clients: String = "1,16,64"

    @Option(help: "Seconds each run lasts (after a one-second warm-up).")
    var duration: Double = 5

    @Option(help: "The project id sent as projectId.")
    var projectID: String = "00000000-0000-4000-8000-000000000000"

    @Option(help: "login: the emulator's real flow; static: the same requests to a static-JSON server.")
    var target: LoadTarget = .login

    func run() async throws {
        let levels = clients.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }) else { throw ValidationError("--clients takes positive numbers, e.g. 1,16,64") }
        let root = url.hasSuffix("/") ? String(url.dropLast()) : url
        let generator = LoadGenerator(root: root, projectID: projectID, target: target, maximumClients: levels.max()!)
        defer { try? generator.shutdown() }
        for (index, level) in levels.enumerated() {
            let report = try await generator.run(clients: level, seconds: duration, runIndex: index)
            FileHandle.standardOutput.write(Data((report.jsonLine + "\n").utf8))
        }
    }
}
