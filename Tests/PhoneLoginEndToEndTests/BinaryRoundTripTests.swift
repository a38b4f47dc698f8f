import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("The built binary, end to end: emulator → request → outbox → confirm")
struct BinaryRoundTripTests {
    static let secret = TestProject.secret

    static func environment(_ emulator: EmulatorProcess) -> [String: String] {
        ["XSOLLA_LOGIN_BASE_URL": emulator.baseURL, "XSOLLA_LOGIN_PROJECT_ID": TestProject.id]
    }

    static func code(_ emulator: EmulatorProcess, operation: String) async throws -> String {
        let answer = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [[String: Any]])
        return try #require(list.last { $0["operation_id"] as? String == operation }?["code"] as? String)
    }

    @Test("a new user's login from a second shell, and the token's claims")
    func roundTrip() async throws {
        let started = Date().timeIntervalSince1970.rounded(.down)
        try await EmulatorProcess.with(["--jwt-secret", Self.secret]) { emulator in
            #expect(emulator.output.contains("API base URL   \(emulator.baseURL)"))

            let request = try await BinaryRunner.run(["request", "--phone", "+1 (555) 555-0100"], environment: Self.environment(emulator))
            #expect(request.status == 0, "stderr: \(request.stderr)")
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(UUID(uuidString: operation) != nil)
            let code = try await Self.code(emulator, operation: operation)
            #expect(emulator.output.contains("[SMS] to +15555550100: Your Xsolla Login code is \(code)."))

            let confirm = try await BinaryRunner.run(
                ["confirm", "--phone", "+15555550100", "--operation-id", operation, "--code", code, "--output", "json", "--jwt-secret", Self.secret],
                environment: Self.environment(emulator))
            #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(confirm.stdout.utf8)) as? [String: Any])
            #expect(object["signature_verified"] as? Bool == true)
            let token = try #require(object["token"] as? String)
            #expect(token.split(separator: ".").count == 3)
            let claims = try #require(object["claims"] as? [String: Any])
            #expect(UUID(uuidString: claims["sub"] as? String ?? "") != nil)
            #expect(claims["type"] as? String == "phone")
            #expect(claims["xsolla_login_project_id"] as? String == TestProject.id)
            #expect(claims["iss"] as? String == "https://login.xsolla.com")
            let exp = try #require(claims["exp"] as? Double), iat = try #require(claims["iat"] as? Double)
            #expect(exp - iat == 86_400)
            #expect(iat >= started && iat <= Date().timeIntervalSince1970, "issued during this test")

            let again = try await BinaryRunner.run(["confirm", "--phone", "+15555550100", "--operation-id", operation, "--code", code],
                                             environment: Self.environment(emulator))
            #expect(again.status == 4)
            #expect(again.stderr.contains("003-061"))

            #expect(await emulator.stop(signal: SIGTERM) == 0)
            #expect(emulator.output.contains("Emulator stopped."))
        }
    }

    @Test("the code from stdin, and the token alone on stdout for a script")
    func codeFromStdin() async throws {
        try await EmulatorProcess.with { emulator in
            let request = try await BinaryRunner.run(["request", "--phone", "+4915112345678", "--json"], environment: Self.environment(emulator))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(request.stdout.utf8)) as? [String: String])
            #expect(object["phone_number"] == "+4915112345678")
            let operation = try #require(object["operation_id"])
            let code = try await Self.code(emulator, operation: operation)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", "+4915112345678", "--operation-id", operation, "--code", "-"],
                                               environment: Self.environment(emulator), stdin: code + "\n")
            #expect(confirm.status == 0, "stderr: \(confirm.stderr)")
            let lines = confirm.stdout.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("ey") && lines[0].split(separator: ".").count == 3)
        }
    }

    @Test("--wait-for-link completes when the SMS link is followed")
    func waitForLink() async throws {
        try await EmulatorProcess.with { emulator in
            let request = try await BinaryRunner.run(["request", "--phone", "+4915112345678", "--send-link", "--link-url", "https://example.com/done"],
                                               environment: Self.environment(emulator))
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let environment = Self.environment(emulator)
            let confirm = Task {
                try await BinaryRunner.run(["confirm", "--phone", "+4915112345678", "--operation-id", operation, "--wait-for-link", "--output", "login-url"],
                                     environment: environment, timeout: .seconds(30))
            }
            // The link is followed once the poll is open, as a person would follow it after the code screen came up.
            #expect(try await emulator.statsReach { $0.linkWaiters == 1 }, "confirm --wait-for-link opened its poll")
            let sms = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(sms.body.utf8)) as? [[String: Any]])
            let link = try #require(list.last?["link"] as? String)
            #expect(try await RawHTTP.send(.GET, link).status == 200)
            let outcome = try await confirm.value
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
            #expect(outcome.stdout.hasPrefix(emulator.rootURL + "/emulator/callback?token=ey"))
        }
    }

    @Test("verbose logs mask the phone and never show the code or the token")
    func secretsStayOutOfLogs() async throws {
        try await EmulatorProcess.with { emulator in
            let request = try await BinaryRunner.run(["request", "--phone", "+4915112345678", "--verbose"], environment: Self.environment(emulator))
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let code = try await Self.code(emulator, operation: operation)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", "+4915112345678", "--operation-id", operation, "--code", code, "--verbose"],
                                               environment: Self.environment(emulator))
            #expect(confirm.status == 0)
            let token = confirm.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let logs = request.stderr + confirm.stderr
            #expect(logs.contains("/login/phone/confirm"), "verbose logging is on")
            #expect(logs.contains("+•••••••••••78"))
            #expect(!logs.contains("4915112345678"))
            #expect(!logs.contains("\"\(code)\"") && !logs.contains("code=\(code)") && !logs.contains(": \(code)"))
            #expect(!logs.contains(token.prefix(40)))
        }
    }
}
