import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("The kiosk: one visitor after another, idle prompt, reset")
struct KioskSessionTests {
    static let phone = PhoneNumber(validating: "+4915112345678")!

    @Test("\"Are you still there?\" comes only with something typed, after the idle time from the last key", arguments: [
        ("", Duration.seconds(300), false),
        ("+49", .seconds(59), false),
        ("+49", .seconds(60), true),
        ("+", .seconds(61), true),
    ])
    func idlePrompt(_ example: (String, Duration, Bool)) {
        var driver = KioskDriver()
        driver.type(example.0)
        driver.wait(example.1)
        if example.2 {
            #expect(driver.kiosk.phase == .stillThere(deadline: driver.now + .seconds(20)))
            #expect(driver.kiosk.secondsLeft(at: driver.now) == 20)
        } else {
            #expect(driver.kiosk.phase == .form)
        }
    }

    @Test("the wake-up is the idle deadline, counted from the last key (no ticks counted)")
    func idleWake() {
        var driver = KioskDriver()
        driver.type("+4")
        #expect(driver.wake == driver.now + .seconds(60))
        driver.press(.character("9"), after: .seconds(30))
        #expect(driver.wake == driver.now + .seconds(60), "each key moves the deadline")
        driver.press(.clearLine, after: .seconds(1))
        #expect(driver.wake == nil, "an empty form has nothing to time out")
    }

    @Test("the prompt: a key continues with what was typed; Esc starts over; silence for its countdown resets", arguments: [
        (KeyInput?.some(.character("x")), Duration.seconds(3), false),
        (.some(.enter), .seconds(19), false),
        (.some(.interrupt), .seconds(1), false),
        (.some(.escape), .seconds(1), true),
        (nil, .milliseconds(19_900), false),
        (nil, .seconds(20), true),
    ])
    func promptAnswers(_ example: (KeyInput?, Duration, Bool)) {
        var driver = KioskDriver()
        driver.type("+4915")
        driver.wait(.seconds(60))
        let effects = example.0.map { driver.press($0, after: example.1) } ?? driver.wait(example.1)
        if example.2 {
            #expect(driver.kiosk.visitor == 2)
            #expect(driver.kiosk.flow.phoneField.text.isEmpty, "the next visitor gets an empty form")
            #expect(effects.contains(.clearScreen))
            #expect(driver.kiosk.phase == .form)
        } else {
            #expect(driver.kiosk.visitor == 1)
            #expect(driver.kiosk.flow.phoneField.text == "+4915", "the key answering the prompt is not typed")
            #expect(!effects.contains(.clearScreen))
            if example.0 != nil {
                #expect(driver.kiosk.phase == .form)
                #expect(driver.wake == driver.now + .seconds(60), "the idle time starts again")
            }
        }
    }

    @Test("the prompt's countdown is shown second by second, from its deadline")
    func promptCountdown() {
        var driver = KioskDriver()
        driver.type("+49")
        driver.wait(.seconds(60))
        let shown = driver.now
        #expect(driver.wake == shown + .seconds(1))
        driver.wait(.milliseconds(1_500))
        #expect(driver.kiosk.secondsLeft(at: driver.now) == 19)
        #expect(driver.wake == shown + .seconds(2))
    }

    @Test("on the code screen the prompt comes too, and the reset forgets the number", arguments: [KioskSettings(), KioskSettings(flow: FlowSettings(linkFlow: true))])
    func codeScreenReset(_ settings: KioskSettings) {
        var driver = KioskDriver(settings)
        driver.reachCodeScreen()
        driver.type("48")
        driver.wait(.seconds(60))
        #expect(driver.kiosk.phase == .stillThere(deadline: driver.now + .seconds(20)))
        let effects = driver.wait(.seconds(20))
        #expect(driver.kiosk.flow.screen == .phone && driver.kiosk.flow.operation == nil && driver.kiosk.flow.codeField.text.isEmpty)
        #expect(effects.contains(.flow(.stopLinkPoll)) == settings.flow.linkFlow, "the link poll of the last visitor stops")
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\ never end or suspend the kiosk; Esc on the form starts over", arguments: [
        (KeyInput.interrupt, false), (.control(0x1A), false), (.control(0x1C), false), (.control(0x1D), false), (.escape, true),
    ])
    func keysThatDoNotLeave(_ example: (KeyInput, Bool)) {
        var driver = KioskDriver()
        driver.type("+49")
        let effects = driver.press(example.0)
        #expect(!effects.contains(.stop))
        #expect(driver.kiosk.flow.exit == nil, "the flow never finishes")
        #expect(driver.kiosk.visitor == (example.1 ? 2 : 1))
        #expect(driver.kiosk.flow.phoneField.text == (example.1 ? "" : "+49"))
    }

    @Test("the admin key stops the kiosk only when pressed twice within 2 s", arguments: [
        (UInt8?.some(0x1D), [KeyInput.control(0x1D), .control(0x1D)], Duration.seconds(1), true),
        (.some(0x1D), [.control(0x1D), .control(0x1D)], .seconds(2), true),
        (.some(0x1D), [.control(0x1D), .control(0x1D)], .seconds(3), false),
        (.some(0x1D), [.control(0x1D), .character("1"), .control(0x1D)], .milliseconds(100), false),
        (.some(0x07), [.control(0x1D), .control(0x1D)], .milliseconds(100), false),
        (nil, [.control(0x1D), .control(0x1D)], .milliseconds(100), false),
    ])
    func adminKey(_ example: (UInt8?, [KeyInput], Duration, Bool)) {
        var driver = KioskDriver(KioskSettings(adminKey: example.0))
        var stopped = false
        for key in example.1 { stopped = driver.press(key, after: example.2).contains(.stop) }
        #expect(stopped == example.3)
    }

    @Test("a login: handed over, then the success screen for its seconds, then a fresh form")
    func loginCycle() {
        var driver = KioskDriver(KioskSettings(successDuration: .seconds(5)))
        let effects = driver.signIn()
        #expect(effects.contains(.handOff(visitor: 1, FlowDriver.login, phone: Self.phone)))
        #expect(driver.kiosk.phase == .handingOver)
        #expect(driver.kiosk.signedInPhone == Self.phone)
        #expect(driver.press(.enter).allSatisfy { if case .wake = $0 { true } else { false } }, "keys wait while handing over")
        driver.wait(.seconds(120))
        #expect(driver.kiosk.phase == .handingOver, "no idle prompt while the hook runs")
        let report = HandOffReport(hook: .exited(3), logged: true)
        driver.send(.handOffFinished(visitor: 1, report), after: .seconds(1))
        #expect(driver.kiosk.phase == .signedIn(until: driver.now + .seconds(5)))
        #expect(driver.kiosk.handOff == report)
        #expect(driver.wake == driver.now + .seconds(1))
        driver.wait(.milliseconds(4_999))
        #expect(driver.kiosk.visitor == 1)
        let reset = driver.wait(.milliseconds(1))
        #expect(reset.contains(.clearScreen))
        #expect(driver.kiosk.visitor == 2 && driver.kiosk.phase == .form)
        #expect(driver.kiosk.flow.result == nil && driver.kiosk.flow.operation == nil && driver.kiosk.signedInPhone == nil)
        #expect(driver.kiosk.handOff == nil)
    }

    @Test("Enter on the success screen goes to the next visitor at once; other keys wait", arguments: [(KeyInput.enter, true), (.character("a"), false), (.escape, false)])
    func successKeys(_ example: (KeyInput, Bool)) {
        var driver = KioskDriver()
        driver.signIn()
        driver.send(.handOffFinished(visitor: 1, HandOffReport()))
        driver.press(example.0, after: .seconds(1))
        #expect((driver.kiosk.visitor == 2) == example.1)
    }

    @Test("answers meant for an earlier visitor are ignored: hand-offs and server answers")
    func staleAnswers() {
        var driver = KioskDriver()
        driver.type("+4915112345678")
        driver.press(.enter)
        let firstID = driver.lastRequestID!
        driver.send(.flow(.startFinished(requestID: firstID, .success("op-1"))))
        driver.press(.escape)
        driver.press(.clearLine)
        driver.type("+4915112345678")
        driver.wait(.seconds(80))
        driver.wait(.seconds(20))
        #expect(driver.kiosk.visitor == 2)
        driver.type("+14155550100")
        driver.press(.enter)
        let secondID = driver.lastRequestID!
        #expect(secondID > firstID, "request ids go on across visitors")
        driver.send(.flow(.startFinished(requestID: firstID, .success("op-stale"))))
        #expect(driver.kiosk.flow.screen == .phone && driver.kiosk.flow.pending?.id == secondID)
        driver.send(.handOffFinished(visitor: 1, HandOffReport()))
        #expect(driver.kiosk.phase == .form)
    }

    @Test("while a request is in flight there is no idle prompt; its answer restarts the idle time")
    func noPromptWhilePending() {
        var driver = KioskDriver()
        driver.type("+4915112345678")
        driver.press(.enter)
        let id = driver.lastRequestID!
        driver.wait(.seconds(90))
        #expect(driver.kiosk.phase == .form)
        driver.send(.flow(.startFinished(requestID: id, .success("op-1"))))
        #expect(driver.kiosk.idleDeadline == driver.now + .seconds(60))
    }
}
