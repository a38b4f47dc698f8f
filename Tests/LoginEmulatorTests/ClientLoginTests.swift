import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The client against the emulator over loopback HTTP")
struct ClientLoginTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!

    @Test("a full login: start, the code from the outbox, confirm, a signed token with Xsolla's claims")
    func fullLogin() async throws {
        try await EmulatorHarness.run(clientSecret: TestProject.secret) { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone, options: StartAuthOptions(payload: "kiosk-7"))
            let code = try #require(await emulator.code(for: operation))
            #expect(code.count == 4 && code.allSatisfy(\.isASCIIDigit))
            let before = Date()
            let result = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
            let after = Date()
            #expect(result.signatureVerified)
            #expect(result.rememberMe == false)
            #expect(result.loginURL.hasPrefix(emulator.rootURL + "/emulator/callback?token="))
            let claims = result.claims
            #expect(UUID(uuidString: claims.subject) != nil)
            #expect(claims.type == "phone")
            #expect(claims.issuer == "https://login.xsolla.com")
            #expect(claims.projectID == TestProject.id)
            #expect(claims.payload == "kiosk-7")
            #expect(claims.groups?.first?.isDefault == true)
            let issued = try #require(claims.issuedAt)
            #expect(claims.expiresAt.timeIntervalSince(issued) == 86_400)
            // Issued while the confirm was answered (whole seconds in the token: one either side).
            #expect(issued >= before.addingTimeInterval(-1) && issued <= after.addingTimeInterval(1), "iat \(issued), confirmed \(before)–\(after)")
            #expect(try await client.validateToken(result.token))
            #expect(try await client.validateToken(result.token + "x") == false)
        }
    }

    @Test("the same phone gets the same user id; another phone another")
    func stableSubject() async throws {
        try await EmulatorHarness.run { emulator, client in
            var subjects: [String] = []
            for text in ["+4915112345678", "+4915112345678", "+14155550100"] {
                let phone = try #require(PhoneNumber(validating: text))
                let operation = try await client.startAuth(phone: phone)
                let code = try #require(await emulator.code(for: operation))
                subjects.append(try await client.completeAuth(phone: phone, operationID: operation, code: code).claims.subject)
            }
            #expect(subjects[0] == subjects[1])
            #expect(subjects[0] != subjects[2])
        }
    }

    @Test("login_url keeps the request's callback and its query")
    func customCallback() async throws {
        try await EmulatorHarness.run { emulator, client in
            let options = StartAuthOptions(loginURL: "https://game.example/cb?source=kiosk")
            let operation = try await client.startAuth(phone: Self.phone, options: options)
            let code = try #require(await emulator.code(for: operation))
            let result = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
            #expect(result.loginURL.hasPrefix("https://game.example/cb?source=kiosk&token="))
            #expect(result.loginURL.hasSuffix("&remember_me=false"))
        }
    }

    @Test("a wrong code is 401 and the operation survives; the right code then works")
    func wrongThenRight() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            let wrong = code == "0000" ? "1111" : "0000"
            do {
                _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: wrong)
                Issue.record("a wrong code was accepted")
            } catch AuthError.server(let error) {
                #expect(error.status == 401)
                #expect(error.kind == .wrongCode)
                #expect(error.details?["attempts_left"] == .number(2))
            }
            _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
        }
    }

    @Test("after three wrong codes the operation is gone, even for the right code")
    func threeStrikes() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            let wrong = code == "0000" ? "1111" : "0000"
            for _ in 0..<3 {
                await #expect(throws: AuthError.self) { try await client.completeAuth(phone: Self.phone, operationID: operation, code: wrong) }
            }
            await Self.expectNotFound { try await client.completeAuth(phone: Self.phone, operationID: operation, code: code) }
        }
    }

    @Test("a code works once")
    func singleUse() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
            await Self.expectNotFound { try await client.completeAuth(phone: Self.phone, operationID: operation, code: code) }
        }
    }

    @Test("a new request makes the old operation stale")
    func staleOperation() async throws {
        try await EmulatorHarness.run { emulator, client in
            let first = try await client.startAuth(phone: Self.phone)
            let firstCode = try #require(await emulator.code(for: first))
            let second = try await client.startAuth(phone: Self.phone)
            #expect(first != second)
            await Self.expectNotFound { try await client.completeAuth(phone: Self.phone, operationID: first, code: firstCode) }
            let secondCode = try #require(await emulator.code(for: second))
            _ = try await client.completeAuth(phone: Self.phone, operationID: second, code: secondCode)
        }
    }

    @Test("the operation belongs to its phone number")
    func otherPhone() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            let other = try #require(PhoneNumber(validating: "+4915112345679"))
            await Self.expectNotFound { try await client.completeAuth(phone: other, operationID: operation, code: code) }
        }
    }

    @Test("a code expires after its lifetime")
    func expiry() async throws {
        try await EmulatorHarness.run(TestProject.emulator(codeLifetime: .milliseconds(700))) { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            // The in-process emulator dates the code by the same clock, before the start answered.
            let expired = ContinuousClock.now + emulator.configuration.codeLifetime
            let code = try #require(await emulator.code(for: operation))
            try await Task.sleep(until: expired)
            await Self.expectNotFound { try await client.completeAuth(phone: Self.phone, operationID: operation, code: code) }
        }
    }

    @Test("with a project list, another project is 404 003-019")
    func unknownProject() async throws {
        let configuration = TestProject.emulator(projectIDs: ["00000000-0000-4000-8000-00000000abcd"])
        try await EmulatorHarness.run(configuration) { _, client in
            do {
                _ = try await client.startAuth(phone: Self.phone)
                Issue.record("an unknown project was accepted")
            } catch AuthError.server(let error) {
                #expect(error.status == 404)
                #expect(error.code == XsollaErrorCode.projectNotFound)
            }
        }
    }

    static func expectNotFound(_ body: () async throws -> LoginResult) async {
        do {
            _ = try await body()
            Issue.record("expected 404 003-061")
        } catch AuthError.server(let error) {
            #expect(error.status == 404)
            #expect(error.code == "003-061")
            #expect(error.kind == .notFound)
        } catch {
            Issue.record("expected 404 003-061, got \(error)")
        }
    }
}
