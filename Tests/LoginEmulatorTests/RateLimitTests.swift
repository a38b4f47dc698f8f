import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

@Suite("Rate limits and test numbers")
struct RateLimitTests {
    @Test("per phone: the limit's next request is 429 with Retry-After, other phones go on")
    func perPhone() async throws {
        let configuration = TestProject.emulator(phoneLimit: RateLimit(requests: 3, window: .seconds(600)))
        try await EmulatorHarness.run(configuration) { _, client in
            let phone = try #require(PhoneNumber(validating: "+4915112345678"))
            let started = ContinuousClock.now
            for _ in 0..<3 { _ = try await client.startAuth(phone: phone) }
            do {
                _ = try await client.startAuth(phone: phone)
                Issue.record("the fourth request was not limited")
            } catch AuthError.server(let error) {
                #expect(error.status == 429)
                #expect(error.kind == .rateLimited)
                #expect(error.code == XsollaErrorCode.tooManyAttempts)
                let wait = try #require(error.retryAfterSeconds)
                // Counted down from the 600 s window of the first request, by the seconds that passed since (many on a busy machine).
                let passed = Int((ContinuousClock.now - started).components.seconds) + 1
                #expect((600 - passed - 1...600).contains(wait), "Retry-After \(wait), \(passed) s after the first start")
            }
            _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: "+4915112345679")))
        }
    }

    @Test("per address, when configured")
    func perAddress() async throws {
        let configuration = TestProject.emulator(addressLimit: RateLimit(requests: 2, window: .seconds(60)))
        try await EmulatorHarness.run(configuration) { _, client in
            _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: "+4915100000001")))
            _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: "+4915100000002")))
            do {
                _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: "+4915100000003")))
                Issue.record("the third request from the address is refused")
            } catch let AuthError.server(error) {
                #expect(error.status == 429 && error.code == "002-057" && error.description == "Too many login attempts.")
                // Counted down from the 60 s window of the first request (seconds pass on a busy machine).
                #expect((1...60).contains(error.retryAfterSeconds ?? 0), "Retry-After \(String(describing: error.retryAfterSeconds))")
            }
        }
    }

    /// A test number and the answer the README's table promises, with the status and code from the record of Xsolla's
    /// errors (../shared/xsolla-phone-auth.md: 404 for 003-061, 429 for a rate limit, 422 for the rest), written here
    /// rather than read from the emulator's own table. The number ends in the code's last three digits.
    struct Documented: Sendable, CustomTestStringConvertible {
        let phone: String
        let status: Int
        let code: String
        let retryAfter: Int?
        var testDescription: String { "\(phone) → \(status) \(code)" }
    }

    static let documented: [Documented] = [
        Documented(phone: "+10000000040", status: 422, code: "002-040", retryAfter: nil),
        Documented(phone: "+10000000043", status: 422, code: "002-043", retryAfter: nil),
        Documented(phone: "+10000000056", status: 422, code: "002-056", retryAfter: nil),
        Documented(phone: "+10000000057", status: 429, code: "002-057", retryAfter: 60),
        Documented(phone: "+10000000058", status: 422, code: "002-058", retryAfter: nil),
        Documented(phone: "+10000000020", status: 422, code: "003-020", retryAfter: nil),
        Documented(phone: "+10000000022", status: 422, code: "003-022", retryAfter: nil),
        Documented(phone: "+10000000061", status: 404, code: "003-061", retryAfter: nil),
    ]

    @Test("each test number answers with its Xsolla error", arguments: documented)
    func testNumber(_ expected: Documented) async throws {
        #expect(expected.phone.hasSuffix(String(expected.code.suffix(3))), "the README's rule: the number ends in the code's digits")
        let phone = try #require(PhoneNumber(validating: expected.phone))
        try await EmulatorHarness.run { emulator, client in
            do {
                _ = try await client.startAuth(phone: phone)
                Issue.record("test number \(expected.phone) was accepted")
            } catch AuthError.server(let error) {
                #expect(error.status == expected.status)
                #expect(error.code == expected.code)
                #expect(error.retryAfterSeconds == expected.retryAfter)
            }
            #expect(await emulator.messages().isEmpty, "no SMS goes to a test number")
        }
    }

    @Test("the emulator has no test number the README does not list")
    func noUndocumentedTestNumber() {
        #expect(Set(TestNumber.all.map(\.phone)) == Set(Self.documented.map(\.phone)))
    }

    @Test("the sliding window admits again once the oldest request leaves it")
    func slidingWindow() {
        var limiter = SlidingWindowLimiter(limit: RateLimit(requests: 2, window: .seconds(10)))
        let start = ContinuousClock.now
        #expect(limiter.admit("a", at: start) == nil)
        #expect(limiter.admit("a", at: start + .seconds(1)) == nil)
        #expect(limiter.admit("a", at: start + .seconds(2)) == 8)
        #expect(limiter.admit("b", at: start + .seconds(2)) == nil)
        #expect(limiter.admit("a", at: start + .seconds(10)) == nil)
        limiter.sweep(at: start + .seconds(30))
        #expect(limiter.hits.isEmpty, "idle keys are swept, so memory stays bounded")
    }

    @Test("a sweep forgets only the keys with no request left in the window")
    func sweepKeepsRecentKeys() {
        var limiter = SlidingWindowLimiter(limit: RateLimit(requests: 2, window: .seconds(10)))
        let start = ContinuousClock.now
        _ = limiter.admit("old", at: start)
        _ = limiter.admit("both", at: start)
        _ = limiter.admit("both", at: start + .seconds(8))
        _ = limiter.admit("new", at: start + .seconds(9))
        _ = limiter.admit("new", at: start + .seconds(9))
        #expect(limiter.admit("new", at: start + .seconds(9)) == 10, "refused requests are not counted")
        limiter.sweep(at: start + .seconds(12))
        #expect(Set(limiter.hits.keys) == ["both", "new"])
        #expect(limiter.admit("both", at: start + .seconds(12)) == nil, "the request at 0 s has left the window")
        limiter.sweep(at: start + .seconds(19))
        #expect(Set(limiter.hits.keys) == ["both"], "new's requests at 9 s have just left the window")
        limiter.sweep(at: start + .seconds(22))
        #expect(limiter.hits.isEmpty)
        limiter.reset()
        #expect(limiter.admit("old", at: start + .seconds(23)) == nil)
    }

    @Test("codes compare equal only when equal", arguments: [
        ("1234", "1234", true), ("1234", "1235", false), ("123", "1234", false), ("12345", "1234", false), ("", "1234", false),
    ])
    func constantTimeCompare(_ example: (String, String, Bool)) {
        #expect(ConfirmationCode.matches(example.0, example.1) == example.2)
    }
}
