import Foundation
import PhoneLoginTestSupport
import Testing

/// `--export` and `--import` on the built binary: state kept across two `emulator exec` runs; a damaged or newer
/// state file refused at start (exit 2) and left as it was.
@Suite("emulator exec --export / --import")
struct EmulatorStateEndToEndTests {
    /// Runs `phone-login emulator exec OPTIONS -- /bin/sh -c SCRIPT`, `$PL` being the binary.
    static func exec(_ script: String, options: [String]) async throws -> BinaryRunner.Outcome {
        try await BinaryRunner.run(["emulator", "exec"] + options + ["--", "/bin/sh", "-c", script],
                                   environment: ["PL": BinaryRunner.executable.path], timeout: .seconds(60))
    }

    /// A login by the binary's own commands, its `confirm --output json` on stdout.
    static let login = """
        set -e
        operation=$("$PL" request --phone +15555550100)
        "$PL" emulator code --phone +15555550100 | "$PL" confirm --phone +15555550100 --operation-id "$operation" --code - --output json
        """

    /// The `sub` of a `confirm --output json`.
    static func subject(_ outcome: BinaryRunner.Outcome) throws -> String {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.stdout)")
        return try #require((object["claims"] as? [String: Any])?["sub"] as? String)
    }

    /// The `users` of a state file.
    static func users(_ path: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(object["format"] as? String == "phone-login-emulator-state" && object["version"] as? Int == 1)
        return try #require(object["users"] as? [[String: Any]])
    }

    @Test("exec --export F, then exec --import F --export F: the number's sub and its first registration kept")
    func keptAcrossRuns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        let first = try await Self.exec(Self.login, options: ["--export", path, "--quiet"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let subject = try Self.subject(first)
        let exported = try Self.users(path)
        #expect(exported.map { $0["sub"] as? String } == [subject] && exported.map { $0["phone"] as? String } == ["+15555550100"])
        let registered = try #require(exported.first?["registered"] as? String)
        #expect(((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? Int) == 0o600)

        // The second run's own clock is a day ahead, so a user it made itself would be registered a day later.
        let second = try await Self.exec(
            #"curl -sf -X POST -d '{"advance_seconds":86400}' "$PHONE_LOGIN_EMULATOR_URL/clock" >/dev/null || exit 9"# + "\n" + Self.login,
            options: ["--import", path, "--export", path, "--quiet"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(try Self.subject(second) == subject)
        let again = try Self.users(path)
        #expect(again.map { $0["sub"] as? String } == [subject])
        #expect(again.first?["registered"] as? String == registered, "the imported user, not a new one")
    }

    @Test("exec --export F, then exec --import F: an OAuth 2.0 refresh token of the first run refreshes once, for the same sub")
    func refreshTokenAcrossRuns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        let configuration = ["XDG_CONFIG_HOME": folder.path]
        // request remembers the OAuth 2.0 state in XDG_CONFIG_HOME; confirm checks it and prints the tokens.
        let first = try await BinaryRunner.run(["emulator", "exec", "--export", path, "--quiet", "--", "/bin/sh", "-c", """
            set -e
            operation=$("$PL" request --phone +15555550100 --client-id 57)
            "$PL" emulator code --phone +15555550100 | "$PL" confirm --phone +15555550100 --client-id 57 --operation-id "$operation" --code - --output json
            """], environment: configuration.merging(["PL": BinaryRunner.executable.path]) { $1 }, timeout: .seconds(60))
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let login = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any], "\(first.stdout)")
        let refreshToken = try #require(login["refresh_token"] as? String)
        let subject = try Self.subject(first)

        // The second run refreshes twice with the first run's token: once it works, then it has rotated.
        let refresh = #"curl -s -o /dev/stdout -w '\nSTATUS=%{http_code}\n' -X POST -d "grant_type=refresh_token&client_id=57&refresh_token=$R" "$XSOLLA_LOGIN_BASE_URL/oauth2/token""#
        let second = try await BinaryRunner.run(["emulator", "exec", "--import", path, "--quiet", "--", "/bin/sh", "-c",
                                                 "\(refresh)\necho ---\n\(refresh)"],
                                                environment: ["R": refreshToken], timeout: .seconds(60))
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let parts = second.stdout.components(separatedBy: "---\n")
        try #require(parts.count == 2, "\(second.stdout)")
        #expect(parts[0].contains("STATUS=200") && parts[1].contains("STATUS=400"), "\(second.stdout)")
        #expect(parts[1].contains("010-023"), "the second refresh is refused as a used token: \(parts[1])")
        let body = try #require(parts[0].split(separator: "\n").first)
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let access = try #require(answer["access_token"] as? String)
        var payload = String(access.split(separator: ".")[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while payload.count % 4 != 0 { payload += "=" }
        let decoded = try #require(Data(base64Encoded: payload))
        let claims = try #require(try JSONSerialization.jsonObject(with: decoded) as? [String: Any])
        #expect(claims["sub"] as? String == subject, "the refreshed token is the same user's")
    }

    @Test("--import of more users than --user-capacity: the file's last ones kept, said on stderr, the rest counted as evicted")
    func importPastCapacity() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-cap-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let users = (1...3).map { #"{"sub":"u\#($0)","phone":"+1555555010\#($0)","registered":"2026-12-07T21:00:00Z","last_login":"2026-12-07T21:00:0\#($0)Z"}"# }
        try Data(#"{"format":"phone-login-emulator-state","version":1,"exported_at":"2026-12-07T21:00:00Z","users":[\#(users.joined(separator: ","))],"refresh_tokens":[],"authorization_codes":[],"access_tokens":[],"revocations":[]}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let outcome = try await Self.exec(#"curl -sf "$PHONE_LOGIN_EMULATOR_URL/stats" && echo && echo --- && curl -sf -X POST "$PHONE_LOGIN_EMULATOR_URL/export""#,
                                          options: ["--import", path, "--user-capacity", "2", "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("--import: the file holds 3 users; the 2 most recently seen are kept (--user-capacity)."), "\(outcome.stderr)")
        let parts = outcome.stdout.components(separatedBy: "---\n")
        try #require(parts.count == 2, "\(outcome.stdout)")
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(parts[0].utf8)) as? [String: Any])
        #expect(stats["users"] as? Int == 2 && stats["users_evicted"] as? Int == 1, "\(parts[0])")
        let state = try #require(try JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as? [String: Any])
        #expect((state["users"] as? [[String: Any]])?.map { $0["sub"] as? String } == ["u2", "u3"])

        let refused = try await Self.exec("echo RAN", options: ["--user-capacity", "0"])
        #expect(refused.status == 2 && !refused.stdout.contains("RAN"), "a capacity of 0 is a usage error: \(refused.stderr)")
    }

    /// A state file exec must refuse, and the words it must say.
    static let refused: [(name: String, text: String, words: String)] = [
        ("newer", #"{"format":"phone-login-emulator-state","version":7,"exported_at":"2026-12-07T21:00:00Z"}"#, "format version 7, newer than"),
        ("corrupt", #"{"format":"phone-login-emulator-state","vers"#, "is not a usable emulator state file"),
    ]

    @Test("a newer or corrupt --import file: exit 2 with words before CMD runs, the file unchanged", arguments: refused.indices)
    func refusedAtStart(_ index: Int) async throws {
        let file = Self.refused[index]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(file.name)-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Data(file.text.utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let outcome = try await Self.exec("echo RAN", options: ["--import", path, "--export", path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(file.words) && outcome.stderr.contains(path), "\(outcome.stderr)")
        #expect(!outcome.stdout.contains("RAN"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
}
