import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// OAuth 2.0's `state` across two commands: `request` remembers the one it sent, `confirm` with no `--state` checks
/// what `login_url` brings back against it, and nothing is exchanged when they differ.
@Suite("request remembers its state; confirm checks it with no --state given")
struct StateCheckTests {
    static let phone = SessionCommandTests.phone

    /// `request --json` in `environment`: the operation id and the state it printed.
    static func request(_ server: [String], _ environment: [String: String]) async throws -> (operation: String, state: String) {
        let request = try await BinaryRunner.run(["request", "--phone", phone, "--json"] + server, environment: environment)
        #expect(request.status == 0, "request: \(request.stderr)")
        let started = try #require(try JSONSerialization.jsonObject(with: Data(request.stdout.utf8)) as? [String: String])
        return (try #require(started["operation_id"]), try #require(started["state"]))
    }

    /// The remembered requests file of a configuration directory, parsed.
    static func remembered(_ directory: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/phone-login/requests.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["requests"] as? [[String: Any]])
    }

    @Test("a plain request then confirm: the state is checked from the file (0600), which is gone once used")
    func remembered() async throws {
        let (directory, environment) = SessionCommandTests.environment()
        try await EmulatorProcess.with { emulator in
            let server = SessionCommandTests.server(emulator)
            let (operation, state) = try await Self.request(server, environment)
            let kept = try Self.remembered(directory)
            #expect(kept.count == 1 && kept.first?["operation_id"] as? String == operation && kept.first?["state"] as? String == state)
            var status = stat()
            #expect(lstat(directory + "/phone-login/requests.json", &status) == 0 && status.st_mode & 0o777 == 0o600)
            let code = try await FullScreenTests.newestCode(emulator)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code] + server,
                                                     environment: environment)
            #expect(confirm.status == 0, "confirm: \(confirm.stderr)")
            #expect(try await SessionCommandTests.counter(emulator, "oauth_code_exchanges") == 1)
            #expect(!FileManager.default.fileExists(atPath: directory + "/phone-login/requests.json"), "forgotten once used")
        }
    }

    @Test("a login_url whose state differs from the one request sent: exit 8, the code never exchanged")
    func tampered() async throws {
        let (directory, environment) = SessionCommandTests.environment()
        try await EmulatorProcess.with { emulator in
            let server = SessionCommandTests.server(emulator)
            let (operation, state) = try await Self.request(server, environment)
            // What confirm will compare with: the state as request sent it; the server sends back its own copy, so
            // changing the remembered one is a state that comes back changed.
            let path = directory + "/phone-login/requests.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: state, with: "attacker-state").write(toFile: path, atomically: false, encoding: .utf8)
            let code = try await FullScreenTests.newestCode(emulator)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code] + server,
                                                     environment: environment)
            #expect(confirm.status == 8, "stderr: \(confirm.stderr)")
            #expect(confirm.stderr.lowercased().contains("state"), "says why: \(confirm.stderr)")
            #expect(confirm.stdout.isEmpty, "no token printed")
            #expect(try await SessionCommandTests.counter(emulator, "oauth_code_exchanges") == 0, "nothing exchanged")
            #expect(!FileManager.default.fileExists(atPath: path), "the spent operation is not kept for another try")
        }
    }

    @Test("confirm on a machine that never made the request: refused with words unless --state is given")
    func elsewhere() async throws {
        let (_, requester) = SessionCommandTests.environment()
        let (_, confirmer) = SessionCommandTests.environment()
        try await EmulatorProcess.with { emulator in
            let server = SessionCommandTests.server(emulator)
            let (operation, state) = try await Self.request(server, requester)
            let code = try await FullScreenTests.newestCode(emulator)
            let arguments = ["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code] + server
            let refused = try await BinaryRunner.run(arguments, environment: confirmer)
            #expect(refused.status == 2, "stderr: \(refused.stderr)")
            #expect(refused.stderr.contains("--state"), "names the way out: \(refused.stderr)")
            #expect(try await SessionCommandTests.counter(emulator, "oauth_code_exchanges") == 0)
            let given = try await BinaryRunner.run(arguments + ["--state", state], environment: confirmer)
            #expect(given.status == 0, "stderr: \(given.stderr)")
            #expect(try await SessionCommandTests.counter(emulator, "oauth_code_exchanges") == 1)
        }
    }
}
