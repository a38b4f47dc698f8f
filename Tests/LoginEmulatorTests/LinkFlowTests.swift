import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The link flow: /otc/code long poll released by following the SMS link")
struct LinkFlowTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!
    static let options = StartAuthOptions(linkURL: "https://login-widget.xsolla.com/latest/confirm-status")

    @Test("following the link releases the waiting poll with the code, which completes the login")
    func followLink() async throws {
        try await EmulatorHarness.run { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone, options: Self.options)
            let message = try #require(await emulator.messages().last)
            let link = try #require(message.link)
            #expect(link.hasPrefix(emulator.rootURL + "/emulator/link/"))
            #expect(message.text.contains(link))
            async let polled = client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(30))
            #expect(await emulator.statsReach { $0.linkWaiters == 1 }, "the poll is held before the link is followed")
            let page = try await RawHTTP.send(.GET, link)
            #expect(page.status == 200)
            let code = try await polled
            #expect(code == message.code)
            _ = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
        }
    }

    @Test("a poll with nothing to release ends with 408 and the error body; waiting asks again")
    func pollTimeout() async throws {
        try await EmulatorHarness.run(TestProject.emulator(pollTimeout: .milliseconds(300))) { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone, options: Self.options)
            do {
                _ = try await client.pollLinkCode(phone: Self.phone, operationID: operation)
                Issue.record("the poll returned without the link being followed")
            } catch AuthError.server(let error) {
                #expect(error.status == 408)
                #expect(error.kind == .pollTimeout)
                #expect(error.description == "Deadline exceeded")
            }
            let link = try #require(await emulator.messages().last?.link)
            // A zero-second delay on the poll's path changes no answer; its count shows each poll arriving.
            await emulator.inject(InjectedFault(path: "/api/otc/code", kind: .delay, count: 2, seconds: 0))
            async let polled = client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(30))
            #expect(await emulator.statsReach { $0.pendingFaults == 0 && $0.linkWaiters == 1 },
                    "the first poll ended with 408 and the second one is held")
            #expect(await emulator.followLink(link))
            #expect(try await polled == (await emulator.messages().last?.code))
        }
    }

    @Test("waiting past the deadline gives up")
    func deadline() async throws {
        try await EmulatorHarness.run(TestProject.emulator(pollTimeout: .milliseconds(200))) { _, client in
            let operation = try await client.startAuth(phone: Self.phone, options: Self.options)
            await #expect(throws: AuthError.linkWaitExpired) {
                try await client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .milliseconds(500))
            }
        }
    }

    @Test("no poll outlives the deadline, even when the server would hold it for 60 s")
    func deadlineCutsPoll() async throws {
        try await EmulatorHarness.run(TestProject.emulator(pollTimeout: .seconds(60))) { _, client in
            let operation = try await client.startAuth(phone: Self.phone, options: Self.options)
            let started = ContinuousClock.now
            await #expect(throws: AuthError.linkWaitExpired) {
                try await client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .milliseconds(600))
            }
            #expect(ContinuousClock.now - started < .seconds(20), "not the server's 60 s, nor the client's 30 s poll timeout")
        }
    }

    @Test("cancelling the waiting task cancels the poll at once")
    func cancel() async throws {
        try await EmulatorHarness.run(TestProject.emulator(pollTimeout: .seconds(60))) { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone, options: Self.options)
            let task = Task { try await client.waitForLinkCode(phone: Self.phone, operationID: operation, until: .now + .seconds(90)) }
            #expect(await emulator.statsReach { $0.linkWaiters == 1 }, "the poll is held when the task is cancelled")
            let cancelled = ContinuousClock.now
            task.cancel()
            await #expect(throws: AuthError.cancelled) { try await task.value }
            #expect(ContinuousClock.now - cancelled < .seconds(15), "at once: not after the client's 30 s poll timeout or the server's 60 s")
        }
    }

    @Test("a followed link of a replaced operation is refused")
    func staleLink() async throws {
        try await EmulatorHarness.run { emulator, client in
            _ = try await client.startAuth(phone: Self.phone, options: Self.options)
            let oldLink = try #require(await emulator.messages().last?.link)
            _ = try await client.startAuth(phone: Self.phone, options: Self.options)
            let page = try await RawHTTP.send(.GET, oldLink)
            #expect(page.status == 404)
            #expect(page.errorCode == "003-061")
        }
    }
}
