import PhoneAuthModel
import PhoneLoginFlow

/// Drives a kiosk session through events on a made-up timeline, keeping the effects of the last step.
struct KioskDriver {
    var kiosk: KioskSession
    let start = ContinuousClock.now
    var now: ContinuousClock.Instant
    var effects: [KioskEffect] = []

    init(_ settings: KioskSettings = KioskSettings()) {
        now = start
        kiosk = KioskSession(settings: settings, at: start)
    }

    /// Moves time forward and handles one event.
    @discardableResult
    mutating func send(_ event: KioskEvent, after delay: Duration = .zero) -> [KioskEffect] {
        now = now + delay
        effects = kiosk.handle(event, at: now)
        return effects
    }

    /// Presses one key.
    @discardableResult
    mutating func press(_ key: KeyInput, after delay: Duration = .zero) -> [KioskEffect] { send(.flow(.key(key)), after: delay) }

    /// Types text key by key.
    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Moves time forward and delivers a tick.
    @discardableResult
    mutating func wait(_ delay: Duration) -> [KioskEffect] { send(.flow(.tick), after: delay) }

    /// The id of the last start or confirm call.
    var lastRequestID: Int? {
        FlowDriver.lastRequestID(in: effects.compactMap { effect -> FlowEffect? in
            if case .flow(let call) = effect { call } else { nil }
        })
    }

    /// The wake-up the last step asked for (always its last effect).
    var wake: ContinuousClock.Instant? {
        guard case .wake(let at)? = effects.last else { return nil }
        return at
    }

    /// Types a number, sends it, gets an operation: the code screen.
    mutating func reachCodeScreen(phone: String = "+4915112345678", operation: String = "op-1") {
        type(phone)
        press(.enter)
        send(.flow(.startFinished(requestID: lastRequestID!, .success(operation))), after: .milliseconds(200))
    }

    /// From an empty form to a login: number, code, the server's yes. Returns the effects of the last step.
    @discardableResult
    mutating func signIn(phone: String = "+4915112345678") -> [KioskEffect] {
        reachCodeScreen(phone: phone)
        type("4821")
        press(.enter)
        return send(.flow(.confirmFinished(requestID: lastRequestID!, .success(FlowDriver.login))), after: .milliseconds(200))
    }
}
