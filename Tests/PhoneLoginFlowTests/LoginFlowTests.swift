import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("The login flow: every transition")
struct LoginFlowTests {
    typealias Driver = FlowDriver

    @Test("typing a number: letters refused with a notice, the hint follows the text")
    func phoneTyping() {
        var driver = Driver()
        driver.type("+49 1")
        #expect(driver.flow.phoneField.text == "+49 1")
        #expect(driver.flow.phoneRejection == .tooFewDigits(3))
        #expect(!driver.flow.phoneIsValid)
        driver.type("x")
        #expect(driver.flow.notice == .keyIgnored("x"))
        #expect(driver.flow.phoneField.text == "+49 1")
        driver.type("51234")
        #expect(driver.flow.notice == nil, "editing clears the complaint")
        #expect(driver.flow.phoneIsValid)
        #expect(driver.effects.isEmpty, "nothing runs and nothing wakes while the user types")
    }

    @Test("Enter sends only a valid number")
    func enterValidates() {
        var driver = Driver()
        driver.type("+4912")
        driver.send(.key(.enter))
        #expect(driver.flow.notice == .invalidPhone(.tooFewDigits(4)))
        #expect(driver.flow.pending == nil)
        driver.type("345")
        driver.send(.key(.enter))
        #expect(driver.effects.first == .startAuth(requestID: 1, phone: PhoneNumber(validating: "+4912345")!))
        #expect(driver.flow.pending?.kind == .start)
        #expect(driver.wake == driver.now + .milliseconds(120), "the spinner turns while the request is in flight")
    }

    @Test("a paste is normalised; a huge paste is bounded", arguments: [
        ("+1 (415) 555-0100", "+14155550100"),
        ("0049 151 1234 5678", "+4915112345678"),
        (String(repeating: "+49 151 ", count: 5_000), String(String(repeating: "+49 151 ", count: 5).prefix(40))),
    ])
    func paste(_ example: (String, String)) {
        var driver = Driver()
        driver.send(.key(.paste(example.0)))
        #expect(driver.flow.phoneField.text == example.1)
    }

    @Test("the code screen: operation, deadline 180 s from the answer, a wake at the next second")
    func codeSent() {
        var driver = Driver()
        driver.reachCodeScreen()
        #expect(driver.flow.screen == .code)
        #expect(driver.flow.operation?.id == "op-1")
        #expect(driver.flow.operation?.deadline == driver.now + .seconds(180))
        #expect(driver.flow.notice == .codeSent(resent: false))
        #expect(driver.wake == driver.now + .seconds(1))
        driver.wait(.milliseconds(1_300))
        #expect(Countdown.text(until: driver.flow.operation!.deadline, at: driver.now) == "2:59")
        #expect(driver.wake == driver.now + .milliseconds(700), "wakes when the shown second turns, not on a fixed beat")
    }

    @Test("an answer to an old request is ignored")
    func staleAnswer() {
        var driver = Driver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        driver.send(.startFinished(requestID: 99, .success("stale")))
        #expect(driver.flow.screen == .phone)
        #expect(driver.flow.pending != nil)
    }

    @Test("Esc cancels the request in flight and the late answer is ignored")
    func cancelSending() {
        var driver = Driver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        let id = driver.lastRequestID!
        driver.send(.key(.character("5")))
        #expect(driver.flow.phoneField.text == "+4915112345678", "typing waits while sending")
        driver.send(.key(.escape))
        #expect(driver.effects.first == .cancelRequest(requestID: id))
        #expect(driver.flow.notice == .cancelled)
        driver.send(.startFinished(requestID: id, .success("late")))
        #expect(driver.flow.screen == .phone)
    }

    @Test("the right code logs in; any key then finishes with the result")
    func success() {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.type("1234")
        driver.send(.key(.enter))
        #expect(driver.effects.first == .completeAuth(requestID: 2, phone: PhoneNumber(validating: "+4915112345678")!, operationID: "op-1", code: "1234"))
        driver.send(.confirmFinished(requestID: 2, .success(Driver.login)))
        #expect(driver.flow.screen == .success)
        #expect(driver.effects.contains(.loggedIn(Driver.login)))
        #expect(driver.wake == nil, "nothing ticks on the success screen")
        driver.send(.key(.enter))
        #expect(driver.effects == [.finish(.success(Driver.login))])
    }

    @Test("a wrong code clears the field, keeps the countdown, and the next try works")
    func wrongCode() {
        var driver = Driver()
        driver.reachCodeScreen()
        let deadline = driver.flow.operation?.deadline
        driver.type("0000")
        driver.send(.key(.enter))
        driver.send(.confirmFinished(requestID: 2, .failure(Driver.serverError(401, "003-001"))))
        #expect(driver.flow.codeField.text.isEmpty)
        #expect(driver.flow.notice == .failed(Driver.serverError(401, "003-001")))
        #expect(driver.flow.operation?.deadline == deadline)
        #expect(driver.flow.screen == .code)
        driver.type("1")
        #expect(driver.flow.notice == nil)
        driver.type("234")
        driver.send(.key(.enter))
        #expect(driver.flow.pending?.kind == .confirm)
    }

    @Test("an unknown or expired operation sends the user back to the number, with the reason")
    func operationGone() {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.type("1234")
        driver.send(.key(.enter))
        driver.send(.confirmFinished(requestID: 2, .failure(Driver.serverError(404, "003-061"))))
        #expect(driver.flow.screen == .phone)
        #expect(driver.flow.operation == nil)
        #expect(driver.flow.notice == .failed(Driver.serverError(404, "003-061")))
        #expect(driver.flow.phoneField.text == "+4915112345678", "the number is kept for a retry")
    }

    @Test("expiry locks the field; R sends a new code and the countdown starts over")
    func expiryAndResend() {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.type("12")
        driver.wait(.seconds(180))
        #expect(driver.flow.isExpired(at: driver.now))
        #expect(driver.flow.notice == .codeExpired)
        #expect(driver.flow.codeField.text.isEmpty)
        #expect(driver.wake == nil, "an expired code needs no more wake-ups")
        driver.type("34")
        #expect(driver.flow.codeField.text.isEmpty, "the field is locked")
        driver.send(.key(.enter))
        #expect(driver.effects.isEmpty)
        driver.send(.key(.character("R")))
        #expect(driver.effects.first == .startAuth(requestID: 2, phone: PhoneNumber(validating: "+4915112345678")!))
        #expect(driver.flow.pending?.kind == .resend)
        driver.send(.startFinished(requestID: 2, .success("op-2")), after: .milliseconds(100))
        #expect(driver.flow.operation?.id == "op-2")
        #expect(driver.flow.operation?.deadline == driver.now + .seconds(180))
        #expect(driver.flow.notice == .codeSent(resent: true))
        #expect(!driver.flow.isExpired(at: driver.now))
    }

    @Test("resend waits for its cooldown", arguments: [(Duration.seconds(10), false), (.seconds(29), false), (.seconds(30), true)])
    func resendCooldown(_ example: (Duration, Bool)) {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.send(.key(.character("r")), after: example.0)
        if example.1 {
            #expect(driver.flow.pending?.kind == .resend)
        } else {
            #expect(driver.flow.notice == .resendNotYet)
            #expect(driver.flow.resendWait(at: driver.now) == 30 - Int(example.0.components.seconds))
        }
    }

    @Test("429 with Retry-After blocks Enter until it passes; without it, only a notice")
    func rateLimited() {
        var driver = Driver()
        driver.type("+4915112345678")
        driver.send(.key(.enter))
        driver.send(.startFinished(requestID: 1, .failure(Driver.serverError(429, "002-057", retryAfter: 30))))
        #expect(driver.flow.retryWait(at: driver.now) == 30)
        #expect(driver.wake == driver.now + .seconds(1), "the rate-limit countdown ticks")
        driver.send(.key(.enter), after: .seconds(10))
        #expect(driver.effects.allSatisfy { if case .startAuth = $0 { false } else { true } })
        driver.wait(.seconds(20))
        #expect(driver.flow.retryWait(at: driver.now) == nil)
        #expect(driver.flow.notice == nil)
        driver.send(.key(.enter))
        #expect(driver.flow.pending?.kind == .start)

        var plain = Driver()
        plain.type("+4915112345678")
        plain.send(.key(.enter))
        plain.send(.startFinished(requestID: 1, .failure(Driver.serverError(429, "002-057"))))
        #expect(plain.flow.retryWait(at: plain.now) == nil)
        #expect(plain.flow.notice == .failed(Driver.serverError(429, "002-057")))
        plain.send(.key(.enter))
        #expect(plain.flow.pending?.kind == .start)
    }

    @Test("a network failure keeps the code; Enter tries again")
    func networkFailure() {
        var driver = Driver()
        driver.reachCodeScreen()
        driver.type("1234")
        driver.send(.key(.enter))
        driver.send(.confirmFinished(requestID: 2, .failure(.transport(.connectionRefused))))
        #expect(driver.flow.notice == .failed(.transport(.connectionRefused)))
        #expect(driver.flow.codeField.text == "1234")
        driver.send(.key(.enter))
        #expect(driver.effects.first == .completeAuth(requestID: 3, phone: PhoneNumber(validating: "+4915112345678")!, operationID: "op-1", code: "1234"))
    }

    @Test("link flow: the poll starts with the code screen and its code completes the login")
    func linkFlow() {
        var driver = Driver(FlowSettings(linkFlow: true, demo: true))
        driver.reachCodeScreen()
        let phone = PhoneNumber(validating: "+4915112345678")!
        #expect(driver.effects.contains(.pollLink(phone: phone, operationID: "op-1", deadline: driver.now + .seconds(180))))
        driver.send(.key(.character("L")))
        #expect(driver.effects.first == .tapLink(operationID: "op-1"))
        driver.send(.linkCodeArrived(operationID: "other", .success("9999")))
        #expect(driver.flow.pending == nil, "a code for another operation is ignored")
        driver.send(.linkCodeArrived(operationID: "op-1", .success("4321")))
        #expect(driver.flow.notice == .linkFollowed)
        #expect(driver.effects.first == .completeAuth(requestID: 2, phone: phone, operationID: "op-1", code: "4321"))
        driver.send(.confirmFinished(requestID: 2, .success(Driver.login)))
        #expect(driver.effects.contains(.stopLinkPoll))
    }

    @Test("Esc on the code screen goes back to the number and stops the poll")
    func escapeFromCode() {
        var driver = Driver(FlowSettings(linkFlow: true))
        driver.reachCodeScreen()
        driver.type("12")
        driver.send(.key(.enter))
        driver.send(.key(.escape))
        #expect(driver.flow.screen == .phone)
        #expect(driver.effects.contains(.stopLinkPoll))
        #expect(driver.flow.operation == nil)
    }

    @Test("Ctrl-C ends the flow from any screen, cancelling what is in flight", arguments: [0, 1, 2])
    func interrupt(_ stage: Int) {
        var driver = Driver()
        if stage >= 1 { driver.type("+4915112345678"); driver.send(.key(.enter)) }
        if stage >= 2 { driver.send(.startFinished(requestID: 1, .success("op-1"))); driver.type("1234"); driver.send(.key(.enter)) }
        driver.send(.key(.interrupt))
        #expect(driver.effects.last == .finish(.interrupted))
        #expect(driver.flow.screen == .finished)
        #expect(driver.effects.contains(.cancelRequest(requestID: stage)) == (stage > 0))
    }

    @Test("Esc on the phone screen cancels the login")
    func cancelOnPhone() {
        var driver = Driver()
        driver.send(.key(.escape))
        #expect(driver.effects == [.finish(.cancelled)])
        #expect(driver.flow.exit == .cancelled)
    }
}
