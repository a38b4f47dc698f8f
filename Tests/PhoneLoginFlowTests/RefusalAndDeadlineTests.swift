import PhoneAuthModel
import PhoneLoginFlow
import Testing

/// Every key the flow refuses says why (`refusal`), and the instants its state changes by itself are exposed
/// (`deadlines`), so plain mode reads them instead of repeating the flow's guards.
@Suite("The flow's refusals and deadlines")
struct RefusalAndDeadlineTests {
    @Test("a key during a request is refused as busy; Esc still cancels")
    func busy() {
        var driver = FlowDriver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        driver.send(.key(.character("1")))
        #expect(driver.flow.refusal == .busy)
        driver.send(.key(.escape))
        #expect(driver.flow.refusal == nil)
        #expect(driver.flow.pending == nil)
    }

    @Test("after expiry, typing and Enter are refused as expired; r is taken", arguments: [
        KeyInput.enter, .character("5"), .paste("1234"), .backspace,
    ])
    func expired(key: KeyInput) {
        var driver = FlowDriver(FlowSettings(codeLifetime: .seconds(10), resendCooldown: .seconds(2)))
        driver.reachCodeScreen()
        driver.wait(.seconds(11))
        driver.send(.key(key))
        #expect(driver.flow.refusal == .codeExpired)
        driver.send(.key(.character("r")))
        #expect(driver.flow.refusal == nil)
        #expect(driver.flow.pending?.kind == .resend)
    }

    @Test("a rate-limit wait refuses Enter until it is over")
    func retryWait() {
        var driver = FlowDriver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        let limited = ServerError(status: 429, code: "003-007", description: "Too many", retryAfterSeconds: 20)
        driver.send(.startFinished(requestID: driver.lastRequestID!, .failure(.server(limited))))
        #expect(driver.flow.deadlines.retry == driver.now + .seconds(20))
        driver.send(.key(.enter), after: .seconds(5))
        #expect(driver.flow.refusal == .waitForRetry)
        #expect(driver.lastRequestID == nil)
        driver.wait(.seconds(16))
        #expect(driver.flow.deadlines.retry == nil)
        driver.send(.key(.enter))
        #expect(driver.flow.refusal == nil)
        #expect(driver.lastRequestID != nil)
    }

    @Test("a pasted code with a letter keeps the digits and names the letter")
    func strayCharacter() {
        var driver = FlowDriver()
        driver.reachCodeScreen()
        driver.send(.key(.paste("12a4")))
        #expect(driver.flow.refusal == .strayCharacter("a"))
        #expect(driver.flow.codeField.text == "124")
    }

    @Test("the code's deadlines: expiry until handled, resend, from the send time")
    func deadlines() {
        var driver = FlowDriver(FlowSettings(codeLifetime: .seconds(60), resendCooldown: .seconds(15)))
        #expect(driver.flow.deadlines == FlowDeadlines())
        driver.reachCodeScreen()
        let sent = driver.now
        #expect(driver.flow.deadlines.expiry == sent + .seconds(60))
        #expect(driver.flow.deadlines.resend == sent + .seconds(15))
        #expect(driver.flow.deadlines.earliest == sent + .seconds(15))
        driver.wait(.seconds(61))
        #expect(driver.flow.deadlines.expiry == nil)
        #expect(driver.flow.notice == .codeExpired)
    }
}
