import PhoneAuthModel
import PhoneLoginFlow
import Testing

/// Where each kind of failure leaves the user: the screen, the fields, the notice and what Enter does next.
@Suite("The login flow: every kind of failure, on start and on confirm")
struct FailureTransitionTests {
    typealias Driver = FlowDriver

    /// A failure and the screen the user is left on after a confirm that failed with it.
    struct Example: CustomTestStringConvertible, Sendable {
        let name: String
        let error: AuthError
        let afterConfirm: LoginFlow.Screen
        let keepsCode: Bool
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(name: "wrong code", error: Driver.serverError(401, "003-001"), afterConfirm: .code, keepsCode: false),
        Example(name: "operation gone (404)", error: Driver.serverError(404, "003-061"), afterConfirm: .phone, keepsCode: false),
        Example(name: "rate limited, no Retry-After", error: Driver.serverError(429, "002-057"), afterConfirm: .code, keepsCode: true),
        Example(name: "rejected (422)", error: Driver.serverError(422, "0"), afterConfirm: .code, keepsCode: true),
        Example(name: "server error (503)", error: Driver.serverError(503, "0"), afterConfirm: .code, keepsCode: true),
        Example(name: "timed out", error: .transport(.requestTimeout), afterConfirm: .code, keepsCode: true),
        Example(name: "TLS", error: .transport(.tls("certificate")), afterConfirm: .code, keepsCode: true),
        Example(name: "garbage answer", error: .malformedResponse(status: 200, reason: "not JSON"), afterConfirm: .code, keepsCode: true),
        Example(name: "answer too large", error: .responseTooLarge(limit: 65_536), afterConfirm: .code, keepsCode: true),
        Example(name: "login_url without a token", error: .missingToken, afterConfirm: .code, keepsCode: true),
        Example(name: "token that does not verify", error: .invalidToken(reason: "signature"), afterConfirm: .code, keepsCode: true),
    ]

    @Test("a failed start keeps the number, shows the reason, and Enter sends again", arguments: examples)
    func failedStart(_ example: Example) {
        var driver = Driver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        driver.send(.startFinished(requestID: 1, .failure(example.error)), after: .milliseconds(300))
        #expect(driver.flow.screen == .phone)
        #expect(driver.flow.pending == nil)
        #expect(driver.flow.phoneField.text == "+4915112345678")
        #expect(driver.flow.notice == .failed(example.error))
        driver.send(.key(.enter))
        #expect(driver.effects.first == .startAuth(requestID: 2, phone: PhoneNumber(validating: "+4915112345678")!))
    }

    @Test("a failed confirm: the screen it leaves, the code field, the notice", arguments: examples)
    func failedConfirm(_ example: Example) {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.type("123456")
        driver.send(.key(.enter))
        driver.send(.confirmFinished(requestID: 2, .failure(example.error)), after: .milliseconds(300))
        #expect(driver.flow.screen == example.afterConfirm)
        #expect(driver.flow.pending == nil)
        #expect(driver.flow.notice == .failed(example.error))
        #expect(driver.flow.codeField.text == (example.keepsCode ? "123456" : ""))
        #expect(driver.flow.result == nil)
        if example.afterConfirm == .code {
            #expect(driver.flow.operation?.id == "op-1", "the countdown goes on")
            #expect(driver.wake != nil)
        } else {
            #expect(driver.flow.operation == nil)
            #expect(driver.flow.phoneField.text == "+4915112345678", "the number is kept to send again")
        }
    }

    @Test("a cancelled request leaves no notice behind", arguments: [true, false])
    func cancelledAnswer(_ onCodeScreen: Bool) {
        var driver = Driver()
        if onCodeScreen {
            driver.reachCodeScreen()
            driver.type("123456")
            driver.send(.key(.enter))
            driver.send(.confirmFinished(requestID: 2, .failure(.cancelled)))
        } else {
            driver.type("+4915112345678")
            driver.send(.key(.enter))
            driver.send(.startFinished(requestID: 1, .failure(.cancelled)))
        }
        #expect(driver.flow.notice == nil)
        #expect(driver.flow.pending == nil)
    }

    @Test("the link poll: its failures are shown but leave the code usable; its own expiry is silent", arguments: [
        (AuthError.transport(.connectionRefused), true),
        (.server(ServerError(status: 408, code: "0", description: "x")), true),
        (.linkWaitExpired, false),
        (.cancelled, false),
    ])
    func linkPollFailure(_ example: (AuthError, Bool)) {
        var driver = Driver(FlowSettings(linkFlow: true))
        driver.reachCodeScreen()
        driver.send(.linkCodeArrived(operationID: "op-1", .failure(example.0)), after: .seconds(5))
        #expect(driver.flow.notice == (example.1 ? .failed(example.0) : .codeSent(resent: false)))
        #expect(driver.flow.screen == .code)
        driver.type("123456")
        driver.send(.key(.enter))
        #expect(driver.flow.pending?.kind == .confirm, "the typed code still works")
    }

    @Test("a link code after expiry, after Esc, or while a confirm is in flight is ignored", arguments: [0, 1, 2])
    func lateLinkCode(_ situation: Int) {
        var driver = Driver(FlowSettings(linkFlow: true))
        driver.reachCodeScreen()
        switch situation {
        case 0: driver.wait(.seconds(181))
        case 1: driver.send(.key(.escape))
        default: driver.type("123456"); driver.send(.key(.enter))
        }
        let pendingBefore = driver.flow.pending
        driver.send(.linkCodeArrived(operationID: "op-1", .success("4321")))
        #expect(driver.effects.allSatisfy { if case .completeAuth = $0 { false } else { true } })
        #expect(driver.flow.pending == pendingBefore)
    }
}
