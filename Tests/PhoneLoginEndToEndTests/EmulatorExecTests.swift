import Foundation
import PhoneLoginTestSupport
import Testing

/// `phone-login emulator exec`, `emulator code` and `emulator sms` on the built binary: a command run against an
/// emulator of its own, its status passed through, nothing left behind, codes read without curl.
@Suite("emulator exec, code and sms")
struct EmulatorExecTests {
    /// The binary, for the commands run inside exec (`"$PL" request …`).
    static let binary = ["PL": BinaryRunner.executable.path]

    /// Runs `phone-login emulator exec OPTIONS -- /bin/sh -c SCRIPT`.
    static func exec(_ script: String, options: [String] = [], timeout: Duration = .seconds(60)) async throws -> BinaryRunner.Outcome {
        try await BinaryRunner.run(["emulator", "exec"] + options + ["--", "/bin/sh", "-c", script], environment: binary, timeout: timeout)
    }

    /// The `KEY=value` lines of an output.
    static func values(_ text: String) -> [String: String] {
        Dictionary(text.split(separator: "\n").compactMap { line in
            line.firstIndex(of: "=").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) }
        }, uniquingKeysWith: { $1 })
    }

    /// Whether a TCP connection to 127.0.0.1:`port` is refused (nothing listens there).
    static func refuses(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result == -1 && errno == ECONNREFUSED
    }

    @Test("exec exits with the command's status, 128+N for a signal, and leaves no process or port behind", arguments: [
        ("exit 0", Int32(0)), ("exit 3", 3), ("kill -TERM $$", 143), ("kill -KILL $$", 137),
    ])
    func status(_ script: String, _ expected: Int32) async throws {
        let outcome = try await Self.exec(#"echo "PID=$$"; echo "ROOT=$PHONE_LOGIN_EMULATOR_URL"; "# + script)
        #expect(outcome.status == expected, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        let port = try #require(values["ROOT"].flatMap(URLComponents.init(string:))?.port, "\(outcome.stdout)")
        #expect(Self.refuses(port: port), "nothing listens on the emulator's port")
        let pid = try #require(values["PID"].flatMap { pid_t($0) })
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the command's process is gone")
    }

    @Test("the command gets the emulator's URLs, the test project and the secret; afterwards nothing listens and it is gone")
    func variables() async throws {
        let outcome = try await Self.exec("""
            echo "BASE=$XSOLLA_LOGIN_BASE_URL"; echo "PROJECT=$XSOLLA_LOGIN_PROJECT_ID"; echo "ROOT=$PHONE_LOGIN_EMULATOR_URL"
            echo "SECRET=$XSOLLA_LOGIN_JWT_SECRET"; echo "PID=$$"
            echo "OPERATION=$("$PL" request --phone +15555550100)"
            echo "OUTBOX=$("$PL" emulator sms)"
            """, options: ["--jwt-secret", "exec-secret-0123456789abcdef-0123456789", "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        let base = try #require(values["BASE"].flatMap(URLComponents.init(string:)))
        #expect(base.scheme == "http" && base.host == "127.0.0.1" && base.path == "/api")
        let port = try #require(base.port)
        #expect(port != 8480)
        #expect(values["ROOT"] == "http://127.0.0.1:\(port)/emulator")
        #expect(values["PROJECT"] == "00000000-0000-4000-8000-000000000000")
        #expect(values["SECRET"] == "exec-secret-0123456789abcdef-0123456789")
        // The base URL answered the request, and the outbox at the emulator's root holds its SMS.
        let operation = try #require(values["OPERATION"])
        #expect(UUID(uuidString: operation) != nil)
        #expect(values["OUTBOX"]?.contains("+15555550100") == true && values["OUTBOX"]?.contains(operation) == true)
        // Nothing is left: the port refuses a connection and the command's process is gone.
        #expect(Self.refuses(port: port))
        let pid = try #require(values["PID"].flatMap { pid_t($0) })
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    @Test("the command inherits exec's own descriptors (here a 4> its shell opened) and none of phone-login's sockets")
    func descriptors() async throws {
        // `ls -l /proc/$$/fd` from the command's shell: only what a shell started by exec's parent would hold.
        let outcome = try await BinaryRunner.run(["-c", "exec 4>/dev/null; \"$PL\" emulator exec --quiet -- /bin/sh -c 'ls -l /proc/$$/fd; true'"],
                                                 executable: URL(fileURLWithPath: "/bin/sh"), environment: Self.binary)
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let held = outcome.stdout.split(separator: "\n").compactMap { line -> (Int, String)? in
            let words = line.split(separator: " ")
            guard let arrow = words.firstIndex(of: "->"), arrow > 0, let number = Int(words[arrow - 1]) else { return nil }
            return (number, words[(arrow + 1)...].joined(separator: " "))
        }
        #expect(held.map(\.0).sorted() == [0, 1, 2, 4], "\(outcome.stdout)")
        #expect(!held.contains { $0.1.hasPrefix("socket:") }, "no socket of phone-login's: \(outcome.stdout)")
    }

    @Test("--project, --port and an RS256 emulator: the project given, the port given, no HS256 secret passed on")
    func projectAndSigning() async throws {
        let project = "6b1f2c3a-0000-4000-8000-0000000000ee"
        let outcome = try await BinaryRunner.run(
            ["emulator", "exec", "--project", project, "--port", "0", "--jwt-algorithm", "rs256", "--",
             "/bin/sh", "-c", #"echo "PROJECT=$XSOLLA_LOGIN_PROJECT_ID"; echo "SECRET=${XSOLLA_LOGIN_JWT_SECRET-unset}""#],
            environment: ["XSOLLA_LOGIN_JWT_SECRET": "inherited-secret-0123456789abcdef-0123"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        #expect(values["PROJECT"] == project)
        #expect(values["SECRET"] == "unset")
    }

    @Test("a command that cannot start exits 127 with words; no command is a usage error")
    func cannotStart() async throws {
        let missing = try await BinaryRunner.run(["emulator", "exec", "--", "/nonexistent/phone-login-test-command", "x"])
        #expect(missing.status == 127)
        #expect(missing.stderr.contains("cannot run /nonexistent/phone-login-test-command: No such file or directory"), "\(missing.stderr)")
        let none = try await BinaryRunner.run(["emulator", "exec"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("needs a command after --"), "\(none.stderr)")
    }

    @Test("SIGTERM to exec reaches the command first, while the emulator still answers; exec's status is the command's")
    func terminationReachesCommand() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exec-term-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ready = directory.appendingPathComponent("ready").path, trapped = directory.appendingPathComponent("trapped").path
        // The trap asks the emulator for its outbox: it is still up while the command handles the signal.
        let script = """
            trap '"$PL" emulator sms --json > "\(trapped).tmp"; echo "status $?" >> "\(trapped).tmp"; mv "\(trapped).tmp" "\(trapped)"; exit 0' TERM
            echo "$PPID" > "\(ready).tmp"; mv "\(ready).tmp" "\(ready)"
            while :; do sleep 0.05; done
            """
        async let outcome = Self.exec(script, timeout: .seconds(30))
        let started = await Polling.until(within: .seconds(20)) { FileManager.default.fileExists(atPath: ready) }
        try #require(started)
        let execPID = try #require(pid_t(String(decoding: try Data(contentsOf: URL(fileURLWithPath: ready)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(execPID, SIGTERM) == 0)
        let ended = try await outcome
        #expect(ended.status == 0, "stderr: \(ended.stderr)")
        let written = try String(contentsOfFile: trapped, encoding: .utf8)
        #expect(written.hasPrefix("[") && written.hasSuffix("status 0\n"), "\(written)")
    }

    @Test("request, emulator code and confirm inside exec: a token for the number, no curl")
    func fullLogin() async throws {
        let outcome = try await Self.exec("""
            set -e
            operation=$("$PL" request --phone "+1 555 555 0100")
            "$PL" emulator code --phone 0015555550100 | "$PL" confirm --phone +15555550100 --operation-id "$operation" --code - --output json
            """)
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let claims = try #require(object["claims"] as? [String: Any])
        #expect(claims["type"] as? String == "phone")
        #expect(claims["xsolla_login_project_id"] as? String == "00000000-0000-4000-8000-000000000000")
        // The SMS went to stderr, as the log of exec.
        #expect(outcome.stderr.contains("[SMS] to +15555550100"))
    }

    @Test("code --wait returns the code of a request made after it began, not an older one; sms --json lists both")
    func waitForNewCode() async throws {
        let outcome = try await Self.exec("""
            set -e
            scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT; cd "$scratch"
            first=$("$PL" request --phone +15555550100)
            "$PL" emulator code --phone +15555550100 --wait 20 > waited 2> waiting & waiter=$!
            until grep -q 'Waiting up to' waiting 2>/dev/null; do sleep 0.05; done
            second=$("$PL" request --phone +15555550100)
            wait $waiter
            echo "FIRST=$first"; echo "SECOND=$second"; echo "WAITED=$(cat waited)"
            echo "OUTBOX=$("$PL" emulator sms --json --phone +15555550100)"
            """, options: ["--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        let outbox = try #require(try JSONSerialization.jsonObject(with: Data((values["OUTBOX"] ?? "").utf8)) as? [[String: Any]])
        #expect(outbox.count == 2)
        let second = try #require(outbox.first { $0["operation_id"] as? String == values["SECOND"] })
        #expect(values["FIRST"] != values["SECOND"])
        #expect(values["WAITED"] == second["code"] as? String)
    }

    @Test("code --wait with no new code ends with exit 4 and says so; code for a number never sent to, too")
    func noCode() async throws {
        let outcome = try await Self.exec("""
            "$PL" request --phone +15555550100 > /dev/null
            "$PL" emulator code --phone +15555550100 --wait 0.3; echo "WAIT=$?"
            "$PL" emulator code --phone +15555550199; echo "NONE=$?"
            """, options: ["--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let values = Self.values(outcome.stdout)
        #expect(values["WAIT"] == "4" && values["NONE"] == "4")
        #expect(outcome.stderr.contains("phone-login: No new code was sent to +15555550100 within 0.3 seconds."), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("phone-login: No code has been sent to +15555550199"), "\(outcome.stderr)")
    }

    @Test("--log FILE takes the SMS log, created 0600; stderr stays clear of it")
    func logFile() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("exec-sms-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let outcome = try await Self.exec(#""$PL" request --phone +15555550100 > /dev/null"#, options: ["--log", log])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(!outcome.stderr.contains("[SMS]"))
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("[SMS] to +15555550100: "))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }
}
