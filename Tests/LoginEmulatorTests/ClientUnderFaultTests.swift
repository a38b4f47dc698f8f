import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The client library under every fault the emulator injects")
struct ClientUnderFaultTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!
    /// The short request timeout that a slow fault must trip: far below the fault's 60 s, long enough for a busy machine to
    /// send the request on the client's warm connection.
    static let short = Duration.seconds(3)
    /// The timeout for faults that answer at once: long, so a busy machine does not turn them into timeouts.
    static let long = Duration.seconds(15)

    /// One fault on start, the client's request timeout, and what the client must make of it.
    struct Case: Sendable, CustomTestStringConvertible {
        let fault: InjectedFault
        let timeout: Duration
        let category: AuthError.Category
        let message: String
        var testDescription: String { fault.kind.rawValue }
    }

    static let start = "/api/login/phone/request"
    static let cases: [Case] = [
        // 60 s of delay and 76 s of dripping: only the 3 s timeout ends them in time.
        Case(fault: InjectedFault(path: start, kind: .delay, seconds: 60), timeout: short, category: .unreachable,
             message: "The server did not answer in time."),
        Case(fault: InjectedFault(path: start, kind: .drip, seconds: 1), timeout: short, category: .unreachable,
             message: "The server did not answer in time."),
        Case(fault: InjectedFault(path: start, kind: .status, status: 500), timeout: long, category: .rejected,
             message: "Fault injected by the emulator: status. (Xsolla 0, HTTP 500)"),
        Case(fault: InjectedFault(path: start, kind: .status, status: 502, body: "<html>Bad gateway</html>"), timeout: long,
             category: .rejected, message: "(HTTP 502)"),
        Case(fault: InjectedFault(path: start, kind: .malformed), timeout: long, category: .badResponse, message: "could not be read"),
        Case(fault: InjectedFault(path: start, kind: .truncate, stage: .after), timeout: long, category: .unreachable,
             message: "The connection to the server closed before it answered."),
        Case(fault: InjectedFault(path: start, kind: .reset), timeout: long, category: .unreachable,
             message: "The connection to the server closed before it answered."),
        Case(fault: InjectedFault(path: start, kind: .huge), timeout: long, category: .badResponse, message: "larger than 64 KiB"),
    ]

    @Test("start: the right error, worded, with no hang; the next start works", arguments: cases)
    func startUnderFault(_ example: Case) async throws {
        try await EmulatorHarness.run { emulator, patient in
            let configuration = TestProject.client(emulator.baseURL, requestTimeout: example.timeout)
            try await AuthClient.with(configuration) { client in
                // A short timeout is warmed first: the start goes out at once on the pooled connection, so the timeout is
                // spent waiting for the answer, not on connecting while the fault waits unused. The others start cold,
                // as a command-line run does.
                if example.timeout == Self.short {
                    #expect(await Self.warm(client), "the client reached the emulator before the fault was injected")
                }
                await emulator.inject(example.fault)
                let started = ContinuousClock.now
                do {
                    let operation = try await client.startAuth(phone: Self.phone)
                    Issue.record("expected a failure, got operation \(operation)")
                } catch let error as AuthError {
                    #expect(error.category == example.category, "\(error)")
                    #expect(ErrorWording.message(for: error).contains(example.message), "\(ErrorWording.message(for: error))")
                }
                #expect(ContinuousClock.now - started < .seconds(40), "no hang: well under the fault's 60 s")
            }
            // The fault is used up: once the server has taken it (it may route the abandoned request after the client gave
            // up), a patient client's start is answered normally.
            #expect(await emulator.statsReach { $0.pendingFaults == 0 }, "the server took the fault")
            _ = try await patient.startAuth(phone: Self.phone)
        }
    }

    /// A cheap request that leaves a keep-alive connection in the client's pool: a token check (tried again if a busy
    /// machine makes it miss the short timeout); whether one got through.
    static func warm(_ client: AuthClient) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        repeat {
            if (try? await client.validateToken("warm-up")) == false { return true }
        } while ContinuousClock.now < deadline
        return false
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
                // Followed once the failed poll has been asked again and that poll is held.
                let asked = await emulator.statsReach { $0.pendingFaults == 0 && $0.linkWaiters == 1 }
                return (asked, await emulator.followLink(link))
            }
            let code = try await client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(40))
            let (asked, followed) = await follower.value
            #expect(asked, "the poll was asked again after the fault and held")
            #expect(followed)
            #expect(code == (await emulator.code(for: operation)))
            #expect(await emulator.stats().pendingFaults == 0, "the fault was hit")
        }
    }
}
