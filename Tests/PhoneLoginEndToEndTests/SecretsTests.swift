import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("Secrets: no code or token in logs or on screen, token files 0600 written atomically, TLS failures in words", .serialized)
struct SecretsTests {
    /// A 12-digit code: long enough that finding it (or 8 digits of it) in a log is no coincidence.
    static let emulatorArguments = ["--code-length", "12", "--jwt-secret", TestProject.secret]
    static let phone = "+1 415 555 0142"
    static let e164 = "+14155550142"

    static func server(_ emulator: EmulatorProcess) -> [String] {
        ["--base-url", emulator.baseURL, "--project-id", TestProject.id]
    }

    static func code(_ emulator: EmulatorProcess, operation: String) async throws -> String {
        let answer = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [[String: Any]])
        return try #require(list.last { $0["operation_id"] as? String == operation }?["code"] as? String)
    }

    /// `request` with `extra` arguments: the operation id, the code sent, and what it logged.
    static func request(_ emulator: EmulatorProcess, _ extra: [String] = []) async throws -> (operation: String, code: String, log: String) {
        let run = try await BinaryRunner.run(["request", "--phone", phone] + server(emulator) + extra)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let operation = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (operation, try await code(emulator, operation: operation), run.stderr)
    }

    /// Checks that `text` holds neither the code, nor the token, nor the full phone number, nor long pieces of them.
    static func expectNoSecrets(_ text: String, code: String, token: String?, _ what: String) {
        #expect(SecretScan.leak(of: code, window: 8, in: text) == nil, "\(what) shows the code")
        if let token {
            #expect(SecretScan.leak(of: SecretScan.secretPart(ofToken: token), window: 12, in: text) == nil, "\(what) shows the token")
        }
        #expect(!text.contains(e164) && !text.contains(String(e164.dropFirst())), "\(what) shows the phone number in full")
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("--verbose request and confirm: requests logged, the phone masked, no code, no token (the token only on stdout, as asked)")
    func verboseScriptedLogin() async throws {
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let (operation, code, requestLog) = try await Self.request(emulator, ["--verbose"])
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", "-", "--verbose"]
                                                     + Self.server(emulator), stdin: code + "\n")
            #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
            let token = confirm.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(token.split(separator: ".").count == 3, "the token on stdout, as asked")
            let log = requestLog + confirm.stderr
            #expect(log.contains("/login/phone/request") && log.contains("/login/phone/confirm"), "verbose logs each request:\n\(log)")
            #expect(log.contains("+•••••••••42"), "the phone masked, its last two digits shown:\n\(log)")
            Self.expectNoSecrets(log, code: code, token: token, "the verbose log")
        }
    }

    @Test("--verbose --log-file with the link flow's long poll: the log file is 0600 and holds no code, token or full number")
    func verboseLinkFlowToFile() async throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let logPath = folder.appendingPathComponent("phone-login.log").path
        try await EmulatorProcess.with(Self.emulatorArguments + ["--poll-timeout", "1"]) { emulator in
            let (operation, code, _) = try await Self.request(emulator, ["--send-link", "--link-url", "https://example.com/done", "--verbose", "--log-file", logPath])
            // A zero-second delay on the poll's path changes no answer; its count shows each poll arriving.
            #expect(try await RawHTTP.send(.POST, emulator.rootURL + "/emulator/faults", body: "/api/otc/code:delay:0x2").status == 201)
            async let confirm = BinaryRunner.run(["confirm", "--phone", Self.e164, "--operation-id", operation, "--wait-for-link", "--verbose",
                                                  "--log-file", logPath, "--output", "json"] + Self.server(emulator))
            #expect(try await emulator.statsReach { $0.pendingFaults == 0 && $0.linkWaiters == 1 },
                    "at least one poll ended with 408 and was asked again")
            let sms = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(sms.body.utf8)) as? [[String: Any]])
            let link = try #require(list.last?["link"] as? String)
            #expect(try await RawHTTP.send(.GET, link).status == 200, "the link followed")
            let done = try await confirm
            #expect(done.status == 0, "stderr: \(done.stderr)")
            #expect(done.stderr.isEmpty, "with --log-file nothing is logged to stderr")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(done.stdout.utf8)) as? [String: Any])
            let token = try #require(object["token"] as? String)
            let log = try String(contentsOfFile: logPath, encoding: .utf8)
            #expect(log.contains("/otc/code"), "the polls are logged:\n\(log)")
            #expect(try Self.mode(logPath) == 0o600)
            Self.expectNoSecrets(log, code: code, token: token, "the log file")
        }
    }

    @Test("the full-screen login with --verbose --log-file and --save-token: nothing secret on the screen or in the log; the token file 0600")
    func fullScreen() async throws {
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let arguments = Self.server(emulator).joined(separator: " ") + " --verbose --log-file {dir}/log --save-token {dir}/token"
            try await TmuxSession.with(FullScreenTests.command(arguments)) { session in
                try await session.waitFor("Phone number")
                try await session.type(Self.phone)
                try await session.press("Enter")
                try await session.waitFor("Code sent to +1 •••-•••-••42")
                let sms = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
                let list = try #require(try JSONSerialization.jsonObject(with: Data(sms.body.utf8)) as? [[String: Any]])
                let code = try #require(list.last?["code"] as? String)
                try await session.type(code)
                try await session.press("Enter")
                let success = try await session.waitFor("Any key: finish")
                try await session.press("Enter")
                try await FullScreenTests.expectExit(session, "0")
                let token = try String(contentsOfFile: session.path("token"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(success.contains("Token    eyJ"), "the token masked on the success screen")
                Self.expectNoSecrets(success, code: code, token: token, "the success screen")
                Self.expectNoSecrets(try await session.screen(), code: code, token: token, "the terminal after the program left")
                let log = try String(contentsOfFile: session.path("log"), encoding: .utf8)
                #expect(log.contains("/login/phone/confirm"), "verbose logs each request:\n\(log)")
                Self.expectNoSecrets(log, code: code, token: token, "the log file")
                #expect(try Self.mode(session.path("log")) == 0o600)
                #expect(try Self.mode(session.path("token")) == 0o600)
                let result = try await LoginResult.parse(loginURL: "https://x.example/?token=\(token)", verifyingWith: TestProject.secret)
                #expect(result.signatureVerified, "the file holds the token the server signed")
            }
        }
    }

    @Test("confirm --save-token: mode 0600, the token inside, an existing file replaced atomically (a new file, no temporary left)")
    func saveTokenReplacesAtomically() async throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("token").path
        let keep = folder.appendingPathComponent("old-token").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(link(path, keep) == 0, "a second name for the old file")
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let (operation, code, _) = try await Self.request(emulator)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code,
                                                      "--save-token", path] + Self.server(emulator))
            #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
            let token = confirm.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == token + "\n")
            #expect(try Self.mode(path) == 0o600)
            #expect(try String(contentsOfFile: keep, encoding: .utf8) == "old\n", "the old file was replaced by a new one, not written over")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["old-token", "token"], "no temporary file left")
        }
    }

    @Test("a symbolic link at --save-token or --log-file is refused with exit 2 before signing in, its target untouched",
          arguments: ["--save-token", "--log-file"])
    func symlinkRefused(_ option: String) async throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim").path
        let path = folder.appendingPathComponent("token").path
        try "untouched\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        try await EmulatorProcess.with(Self.emulatorArguments) { emulator in
            let (operation, code, _) = try await Self.request(emulator)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code,
                                                      option, path] + Self.server(emulator))
            #expect(confirm.status == 2)
            #expect(confirm.stderr.contains("Refusing to write") && confirm.stderr.contains("symbolic link \(path)"), "stderr: \(confirm.stderr)")
            #expect(confirm.stdout.isEmpty, "no token printed")
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == victim)
            let again = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code] + Self.server(emulator))
            #expect(again.status == 0, "the code was not spent on the refused run")
        }
    }

    @Test("a self-signed certificate: one sentence and exit 6")
    func untrustedCertificate() async throws {
        // AsyncHTTPClient retries a failed handshake until the connect timeout, then reports the last failure; with
        // no failure seen by then it says "connect timeout". A loaded machine can take seconds for the first
        // handshake, so the timeout here is generous (the test takes that long).
        try await SelfSignedTLSServer.run { port in
            let run = try await BinaryRunner.run(["request", "--phone", Self.phone, "--base-url", "https://127.0.0.1:\(port)/api",
                                                  "--project-id", TestProject.id, "--connect-timeout", "8"])
            #expect(run.status == 6)
            #expect(run.stderr == "phone-login: Secure connection failed: the server's certificate is not trusted.\n")
        }
    }
}
