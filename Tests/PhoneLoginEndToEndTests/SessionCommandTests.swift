import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// Staying signed in, on the built binary against an emulator process: OAuth 2.0 and JWT sign-ins stored, `token`
/// reusing and refreshing, ten `token` calls at once, `whoami`, `status`, `logout`.
@Suite("Staying signed in: token, status, whoami and logout on the built binary")
struct SessionCommandTests {
    static let phone = "+15555550100"
    static let client = "57"

    /// A configuration directory of the test's own, and a UTF-8 locale.
    static func environment() -> (directory: String, variables: [String: String]) {
        // Made empty now, removed when the test process exits.
        let directory = (try? ScratchConfiguration().path)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-session-\(UUID().uuidString)").path
        return (directory, ["XDG_CONFIG_HOME": directory, "LC_ALL": "C.UTF-8"])
    }

    /// `--base-url` of `emulator`, and OAuth 2.0's `--client-id` unless `jwt`.
    static func server(_ emulator: EmulatorProcess, jwt: Bool = false) -> [String] {
        ["--base-url", emulator.baseURL] + (jwt ? ["--project-id", TestProject.id] : ["--client-id", client])
    }

    /// `request --json`, the code from the outbox, `confirm --state … --output json`: the confirm's JSON.
    static func signIn(_ emulator: EmulatorProcess, _ server: [String], _ environment: [String: String]) async throws -> [String: Any] {
        let request = try await BinaryRunner.run(["request", "--phone", phone, "--json"] + server, environment: environment)
        #expect(request.status == 0, "request: \(request.stderr)")
        let started = try #require(try JSONSerialization.jsonObject(with: Data(request.stdout.utf8)) as? [String: String])
        let operation = try #require(started["operation_id"])
        let code = try await FullScreenTests.newestCode(emulator)
        let state = started["state"].map { ["--state", $0] } ?? []
        let confirm = try await BinaryRunner.run(["confirm", "--phone", phone, "--operation-id", operation, "--code", code, "--output", "json"]
                                                 + state + server, environment: environment)
        #expect(confirm.status == 0, "confirm: \(confirm.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(confirm.stdout.utf8)) as? [String: Any])
    }

    /// The full-screen form filled in as a person does (the number, then the code off the outbox) up to the
    /// success screen, which it returns.
    @discardableResult
    static func signInOnScreen(_ session: TmuxSession, _ emulator: EmulatorProcess) async throws -> String {
        try await session.waitFor("Phone number")
        try await session.type(phone)
        try await session.press("Enter")
        try await session.waitFor("Code sent to")
        try await session.type(try await FullScreenTests.newestCode(emulator))
        try await session.press("Enter")
        return try await session.waitFor("✓ Signed in")
    }

    /// One counter of `/emulator/stats`.
    static func counter(_ emulator: EmulatorProcess, _ name: String) async throws -> Int {
        let answer = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/stats")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        return try #require(object[name] as? Int, "stats has \(name): \(answer.body)")
    }

    /// The stored sessions file, parsed.
    static func stored(_ directory: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/phone-login/sessions.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["sessions"] as? [[String: Any]])
    }

    @Test("OAuth 2.0: confirm stores the session (0600); token hands it out, then refreshes it once it has expired")
    func refreshAfterExpiry() async throws {
        let (directory, environment) = Self.environment()
        try await EmulatorProcess.with(["--jwt-secret", TestProject.secret, "--access-token-lifetime", "6"]) { emulator in
            let server = Self.server(emulator)
            let login = try await Self.signIn(emulator, server, environment)
            #expect(login["mode"] as? String == "oauth2")
            #expect(login["token_type"] as? String == "bearer" && login["expires_in"] as? Int == 6)
            let access = try #require(login["token"] as? String)
            let refresh = try #require(login["refresh_token"] as? String)
            var status = stat()
            #expect(lstat(directory + "/phone-login/sessions.json", &status) == 0 && status.st_mode & 0o777 == 0o600)
            #expect(lstat(directory + "/phone-login", &status) == 0 && status.st_mode & 0o777 == 0o700)
            #expect(try Self.stored(directory).first?["refresh_token"] as? String == refresh)

            let reused = try await BinaryRunner.run(["token", "--min-validity", "1"] + server, environment: environment)
            #expect(reused.status == 0 && reused.stdout == access + "\n", "stderr: \(reused.stderr)")
            #expect(try await Self.counter(emulator, "oauth_refreshes") == 0)

            try await Task.sleep(for: .seconds(6))
            let fresh = try await BinaryRunner.run(["token", "--min-validity", "1"] + server, environment: environment)
            #expect(fresh.status == 0, "stderr: \(fresh.stderr)")
            let next = fresh.stdout.trimmingCharacters(in: .newlines)
            #expect(!next.isEmpty && next != access, "a new access token")
            #expect(try await Self.counter(emulator, "oauth_refreshes") == 1)
            let kept = try #require(try Self.stored(directory).first)
            #expect(kept["access_token"] as? String == next)
            #expect((kept["refresh_token"] as? String).map { $0 != refresh } == true, "the rotated refresh token is stored")
            #expect(!fresh.stderr.contains(next.prefix(12)) && !reused.stderr.contains(access.prefix(12)), "tokens only on stdout")
        }
    }

    @Test("ten token calls at once on an expired session: all succeed with the same token, through one refresh")
    func concurrentTokens() async throws {
        let (_, environment) = Self.environment()
        try await EmulatorProcess.with(["--access-token-lifetime", "3"]) { emulator in
            let server = Self.server(emulator)
            _ = try await Self.signIn(emulator, server, environment)
            try await Task.sleep(for: .seconds(3))
            let outcomes = try await withThrowingTaskGroup(of: BinaryRunner.Outcome.self) { group in
                for _ in 0..<10 { group.addTask { try await BinaryRunner.run(["token", "--min-validity", "1"] + server, environment: environment) } }
                return try await group.reduce(into: [BinaryRunner.Outcome]()) { $0.append($1) }
            }
            #expect(outcomes.allSatisfy { $0.status == 0 }, "\(outcomes.map { "\($0.status) \($0.stderr)" })")
            #expect(Set(outcomes.map(\.stdout)).count == 1, "every caller got the same token")
            #expect(try await Self.counter(emulator, "oauth_refreshes") == 1, "one refresh for ten callers")
            #expect(try await Self.counter(emulator, "oauth_refresh_rejections") == 0, "no refresh token spent twice")
        }
    }

    @Test("whoami, status, then logout: the server revokes the tokens, token and status then exit 9")
    func logout() async throws {
        let (_, environment) = Self.environment()
        try await EmulatorProcess.with([]) { emulator in
            let server = Self.server(emulator)
            let login = try await Self.signIn(emulator, server, environment)
            let access = try #require(login["token"] as? String)
            let claims = try #require(login["claims"] as? [String: Any])

            let whoami = try await BinaryRunner.run(["whoami"] + server, environment: environment)
            #expect(whoami.status == 0, "stderr: \(whoami.stderr)")
            #expect(whoami.stdout.contains("User        \(claims["sub"] as? String ?? "?")"))
            #expect(whoami.stdout.contains("Phone       +•••••••••00"), "the phone masked: \(whoami.stdout)")
            let json = try await BinaryRunner.run(["whoami", "--json"] + server, environment: environment)
            let user = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(user["phone"] as? String == Self.phone && user["id"] as? String == claims["sub"] as? String)

            let status = try await BinaryRunner.run(["status"] + server, environment: environment)
            #expect(status.status == 0 && status.stdout.contains("OAuth 2.0") && status.stdout.contains("refreshable"), "\(status.stdout)")
            #expect(!status.stdout.contains(access.prefix(12)), "status never shows a token")

            let out = try await BinaryRunner.run(["logout"] + server, environment: environment)
            #expect(out.status == 0 && out.stdout.contains("Signed out of OAuth 2.0 client 57"), "\(out.stdout) \(out.stderr)")
            let revoked = try await RawHTTP.send(.GET, emulator.baseURL + "/users/me", headers: [("Authorization", "Bearer " + access)])
            #expect(revoked.status == 401, "the server revoked the access token")

            let token = try await BinaryRunner.run(["token"] + server, environment: environment)
            #expect(token.status == 9 && token.stdout.isEmpty, "no terminal: exit 9, nothing on stdout")
            #expect(token.stderr.contains("Not signed in: run phone-login"), "\(token.stderr)")
            #expect(try await BinaryRunner.run(["status"] + server, environment: environment).status == 9)
            #expect(try await BinaryRunner.run(["whoami"] + server, environment: environment).status == 9)
        }
    }

    @Test("JWT mode: the JWT is stored and handed out, logout forgets it; --no-store keeps nothing")
    func jwtMode() async throws {
        let (directory, environment) = Self.environment()
        try await EmulatorProcess.with([]) { emulator in
            let server = Self.server(emulator, jwt: true)
            _ = try await BinaryRunner.run(["--version"], environment: environment)
            var unstored = environment
            unstored["PHONE_LOGIN_NO_STORE"] = "1"
            _ = try await Self.signIn(emulator, server, unstored)
            #expect(!FileManager.default.fileExists(atPath: directory + "/phone-login/sessions.json"), "PHONE_LOGIN_NO_STORE=1 stores nothing")
            let login = try await Self.signIn(emulator, server, environment)
            #expect(login["mode"] as? String == "jwt" && login["refresh_token"] == nil)
            let token = try await BinaryRunner.run(["token"] + server, environment: environment)
            #expect(token.status == 0 && token.stdout == (login["token"] as? String ?? "?") + "\n")
            let status = try await BinaryRunner.run(["status", "--json"], environment: environment)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
            #expect(list.count == 1 && list[0]["mode"] as? String == "jwt" && list[0]["refreshable"] as? Bool == false
                    && list[0]["selected"] as? Bool == true, "with nothing configured the only session is selected: \(status.stdout)")
            let out = try await BinaryRunner.run(["logout"], environment: environment)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(try Self.stored(directory).isEmpty)
            #expect(try await BinaryRunner.run(["token"] + server, environment: environment).status == 9)
        }
    }

    @Test("a corrupt store: every command names the file, exits 2, and leaves it as it was")
    func corruptStore() async throws {
        let (directory, environment) = Self.environment()
        try FileManager.default.createDirectory(atPath: directory + "/phone-login", withIntermediateDirectories: true)
        let path = directory + "/phone-login/sessions.json"
        try Data("{ half a file".utf8).write(to: URL(fileURLWithPath: path))
        for command in [["token", "--client-id", "57"], ["status"], ["logout"]] {
            let outcome = try await BinaryRunner.run(command, environment: environment)
            #expect(outcome.status == 2 && outcome.stderr.contains(path), "\(command): \(outcome.status) \(outcome.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ half a file")
    }

    @Test("the full screen in OAuth 2.0: the success screen says so, and token then reuses the stored sign-in")
    func fullScreenOAuth() async throws {
        let (_, environment) = Self.environment()
        try await EmulatorProcess.with([]) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --client-id \(Self.client)"
            try await TmuxSession.with(FullScreenTests.command(arguments), environment: ["XDG_CONFIG_HOME": environment["XDG_CONFIG_HOME"]]) { session in
                let done = try await Self.signInOnScreen(session, emulator)
                #expect(done.contains("OAuth 2.0, refreshable"), "\(done)")
                try await session.press("Enter")
                try await FullScreenTests.expectExit(session, "0")
            }
            let token = try await BinaryRunner.run(["token", "--base-url", emulator.baseURL, "--client-id", Self.client], environment: environment)
            #expect(token.status == 0 && token.stdout.hasPrefix("eyJ"), "\(token.stderr)")
            #expect(try await Self.counter(emulator, "oauth_code_exchanges") == 1, "one exchange: the token came from the store")
        }
    }

    @Test("plain mode in OAuth 2.0 through pipes: the announcement names the mode; --output json carries the refresh token")
    func plainOAuth() async throws {
        let (_, environment) = Self.environment()
        try await EmulatorProcess.with(["--code-length", "8"]) { emulator in
            let run = try InteractiveProcess(["--plain", "--output", "json"] + Self.server(emulator), environment: environment)
            try await run.waitFor("Phone number: ")
            try run.send(Self.phone)
            try await run.waitFor("Code: ")
            try run.send(try await FullScreenTests.newestCode(emulator))
            let outcome = await run.finish()
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("Signed in (OAuth 2.0, refreshable)."), "\(outcome.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            #expect(json["refresh_token"] is String && json["mode"] as? String == "oauth2")
        }
    }

    @Test("token at a terminal with nothing stored signs in first (on /dev/tty), then prints the token on stdout")
    func tokenSignsInFirst() async throws {
        let (directory, environment) = Self.environment()
        try await EmulatorProcess.with([]) { emulator in
            let arguments = "token --base-url \(emulator.baseURL) --project-id \(TestProject.id)"
            try await TmuxSession.with(FullScreenTests.command(arguments), environment: ["XDG_CONFIG_HOME": directory]) { session in
                try await Self.signInOnScreen(session, emulator)
                try await session.press("Enter")
                try await FullScreenTests.expectExit(session, "0")
                let printed = try String(contentsOf: session.directory.appendingPathComponent("out"), encoding: .utf8)
                #expect(printed.hasPrefix("eyJ") && printed.hasSuffix("\n"))
                #expect(try Self.stored(directory).first?["access_token"] as? String == printed.trimmingCharacters(in: .newlines))
            }
            let again = try await BinaryRunner.run(["token", "--no-login", "--base-url", emulator.baseURL, "--project-id", TestProject.id],
                                                   environment: environment)
            #expect(again.status == 0 && again.stdout.hasPrefix("eyJ"), "then it is reused: \(again.stderr)")
        }
    }
}
