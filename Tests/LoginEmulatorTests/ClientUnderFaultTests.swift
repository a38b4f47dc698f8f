import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The client library under every fault the emulator injects")
struct ClientUnderFaultTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!
    /// The request timeout the client runs with: short, so a slow fault trips it quickly.
    static let timeout = Duration.seconds(1)

    /// One fault on start, and what the client must make of it.
    struct Case: Sendable, CustomTestStringConvertible {
        let fault: InjectedFault
        let category: AuthError.Category
        let message: String
        var testDescription: String { fault.kind.rawValue }
    }

    static let start = "/api/login/phone/request"
    static let cases: [Case] = [
        Case(fault: InjectedFault(path: start, kind: .delay, seconds: 2.5), category: .unreachable, message: "The server did not answer in time."),
        Case(fault: InjectedFault(path: start, kind: .status, status: 500), category: .rejected,
             message: "Fault injected by the emulator: status. (Xsolla 0, HTTP 500)"),
        Case(fault: InjectedFault(path: start, kind: .status, status: 502, body: "<html>Bad gateway</html>"), category: .rejected,
             message: "(HTTP 502)"),
        Case(fault: InjectedFault(path: start, kind: .malformed), category: .badResponse, message: "could not be read"),
        Case(fault: InjectedFault(path: start, kind: .truncate, stage: .after), category: .unreachable,
             message: "The connection to the server closed before it answered."),
        Case(fault: InjectedFault(path: start, kind: .reset), category: .unreachable,
             message: "The connection to the server closed before it answered."),
        Case(fault: InjectedFault(path: start, kind: .drip, seconds: 0.5), category: .unreachable, message: "The server did not answer in time."),
        Case(fault: InjectedFault(path: start, kind: .huge), category: .badResponse, message: "larger than 64 KiB"),
    ]

    @Test("start: the right error, worded, within the request timeout; the next start works", arguments: cases)
    func startUnderFault(_ example: Case) async throws {
        try await EmulatorHarness.run { emulator, patient in
            await emulator.inject(example.fault)
            let configuration = TestProject.client(emulator.baseURL, requestTimeout: Self.timeout)
            try await AuthClient.with(configuration) { client in
                let started = ContinuousClock.now
                do {
                    let operation = try await client.startAuth(phone: Self.phone)
                    Issue.record("expected a failure, got operation \(operation)")
                } catch let error as AuthError {
                    #expect(error.category == example.category, "\(error)")
                    #expect(ErrorWording.message(for: error).contains(example.message), "\(ErrorWording.message(for: error))")
                }
                #expect(ContinuousClock.now - started < Self.timeout + .seconds(4), "no hang")
            }
            // The fault is used up (asked with a patient client: a busy machine may take more than 1 s).
            _ = try await patient.startAuth(phone: Self.phone)
        }
    }

    @Test("confirm lost on the way back is not sent again: one attempt reaches the emulator")
    func confirmNotRetried() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            await emulator.inject(InjectedFault(path: "/api/login/phone/confirm", kind: .reset, stage: .after))
            do {
                _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
                Issue.record("the answer was reset")
            } catch let error as AuthError {
                #expect(error == .transport(.connectionLost))
            }
            #expect(await emulator.messages().last?.confirmAttempts == 1, "exactly one confirm arrived")
        }
    }

    @Test("the link poll asks again after a reset or a 5xx, and the login completes", arguments: [
        InjectedFault(path: "/api/otc/code", kind: .reset), InjectedFault(path: "/api/otc/code", kind: .status, status: 503),
    ])
    func pollRetried(_ fault: InjectedFault) async throws {
        try await EmulatorHarness.run { emulator, client in
            let options = StartAuthOptions(linkURL: "https://example.com/done")
            let operation = try await client.startAuth(phone: Self.phone, options: options)
            await emulator.inject(fault)
            let link = try #require(await emulator.messages().last?.link)
            let follower = Task {
                try await Task.sleep(for: .milliseconds(800))
                return await emulator.followLink(link)
            }
            let code = try await client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(20))
            #expect(try await follower.value)
            #expect(code == (await emulator.code(for: operation)))
            #expect(await emulator.stats().pendingFaults == 0, "the fault was hit")
        }
    }
}
