import Foundation
import LoginEmulator
import PhoneLoginTestSupport
import Testing

extension LongRunningTests {
@Suite("The emulator against its OpenAPI document, with schemathesis")
struct SchemathesisTests {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("generated and mutated requests to every call (JWT and OAuth 2.0): no 5xx, every answer as documented")
    func conformance() async throws {
        // The repository's Python environment (.venv, from scripts/requirements.txt): made here if missing; a failure fails the test.
        let environment = try await BinaryRunner.run([Self.root.appendingPathComponent("scripts/python-env.sh").path],
                                                     executable: URL(fileURLWithPath: "/bin/bash"), timeout: .seconds(900))
        try #require(environment.status == 0, "scripts/python-env.sh failed: \(environment.stderr)")
        let python = try #require(environment.stdout.split(separator: "\n").last.map(String.init))
        let schemathesis = URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("schemathesis").path
        try #require(FileManager.default.isExecutableFile(atPath: schemathesis), "no schemathesis in the venv at \(schemathesis)")

        // The real `phone-login emulator`, in its own process; no rate limit in the way, short polls.
        let emulator = try await EmulatorProcess.start(["--phone-limit", "1000000", "--poll-timeout", "0.3", "--quiet"])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("schemathesis-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let document = Self.root.appendingPathComponent("Sources/LoginEmulator/openapi.yaml").path
        let arguments = [
            "run", document, "--url", emulator.baseURL,
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance",
            "--max-examples", "5", "--seed", "1", "--no-shrink", "--request-timeout", "30",
        ]
        // In a scratch folder: hypothesis keeps its database in the working directory. The tester's calls (/clock,
        // /export, /stats) live under /emulator, not /api: a second run takes them there.
        let tester = "^/(clock|export|stats)$"
        func schemathesisRun(_ arguments: [String]) async throws -> BinaryRunner.Outcome {
            let line = "cd \(scratch.path) && exec " + ([schemathesis] + arguments).map { "'\($0)'" }.joined(separator: " ")
            return try await BinaryRunner.run(["-c", line], executable: URL(fileURLWithPath: "/bin/sh"),
                                              environment: ["NO_COLOR": "1", "SCHEMATHESIS_TELEMETRY": "false"], timeout: .seconds(240))
        }
        let run = try await schemathesisRun(arguments + ["--exclude-path-regex", tester])
        var testerArguments = arguments
        testerArguments[3] = String(emulator.baseURL.dropLast("/api".count)) + "/emulator"
        let testerRun = try await schemathesisRun(testerArguments + ["--include-path-regex", tester, "--phases", "examples,coverage,fuzzing"])
        #expect(testerRun.status == 0, "schemathesis found problems in /clock, /export or /stats:\n\(testerRun.stdout.suffix(4000))\n\(testerRun.stderr.suffix(2000))")
        let stats = try await emulator.stats()
        await emulator.stop()
        let summary = run.stdout.split(separator: "\n").first { $0.contains(" generated, ") } ?? "no summary"
        print("schemathesis: \(summary)")
        #expect(run.status == 0, "schemathesis found problems:\n\(run.stdout.suffix(4000))\n\(run.stderr.suffix(2000))")
        #expect(!run.stdout.contains("Server error"))
        let generated = Int(summary.split(separator: " ").first ?? "") ?? 0
        #expect(generated >= 50, "it really exercised the API: \(summary)")
        #expect(stats.operations > 0, "some generated starts got through to the store")
    }
}
}
