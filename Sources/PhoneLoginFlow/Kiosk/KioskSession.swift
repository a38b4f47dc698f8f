import PhoneAuthModel

/// A kiosk as a value: one `LoginFlow` per visitor, the idle prompt, the success screen and the reset between
/// visitors. Handed events and the current time, it returns effects; every timer is a deadline. No I/O, no clock.
public struct KioskSession: Sendable {
    /// What the kiosk shows on top of the flow.
    public enum Phase: Equatable, Sendable {
        /// The visitor is using the form (phone or code screen).
        case form
        /// "Are you still there?": any key continues; at `deadline` the session resets.
        case stillThere(deadline: ContinuousClock.Instant)
        /// Logged in; the hook and the log are running.
        case handingOver
        /// Logged in and handed over: the success screen shows until `until`, then the next visitor's form.
        case signedIn(until: ContinuousClock.Instant)
    }

    /// The key that switches the current visitor's language (Ctrl-L; Tab picks a country), named in the key help.
    public static let languageKey: UInt8 = 0x0C

    /// The settings it runs with.
    public let settings: KioskSettings
    /// The current visitor's flow.
    public private(set) var flow: LoginFlow
    /// What shows on top of the flow.
    public private(set) var phase: Phase = .form
    /// The current visitor's number, from 1: hand-offs for an earlier visitor are ignored.
    public private(set) var visitor = 1
    /// The last key or answer (the idle timer runs from it).
    public private(set) var lastActivity: ContinuousClock.Instant
    /// The number the current visitor signed in with.
    public private(set) var signedInPhone: PhoneNumber?
    /// What became of the hand-off, once it finished.
    public private(set) var handOff: HandOffReport?
    private var adminPressedAt: ContinuousClock.Instant?
    private var highestRequestID = 0

    /// A kiosk showing an empty form at `now`.
    public init(settings: KioskSettings = KioskSettings(), at now: ContinuousClock.Instant) {
        self.settings = settings
        self.flow = LoginFlow(settings: settings.flow)
        self.lastActivity = now
    }

    /// Handles one event at `now`; returns what the runner must do, ending with the next wake-up if one is due.
    public mutating func handle(_ event: KioskEvent, at now: ContinuousClock.Instant) -> [KioskEffect] {
        var effects: [KioskEffect]
        switch event {
        case .flow(.key(let key)): effects = handleKey(key, at: now)
        case .flow(.tick): effects = handleTick(at: now)
        case .flow(let answer):
            lastActivity = now
            effects = pass(answer, at: now)
        case .handOffFinished(let number, let report):
            effects = []
            if number == visitor, phase == .handingOver {
                handOff = report
                phase = .signedIn(until: now + settings.successDuration)
            }
        }
        if !effects.contains(.stop), let wake = nextWake(after: now) { effects.append(.wake(at: wake)) }
        return effects
    }

    // MARK: What the screen shows

    /// Whether the visitor has left anything on screen: a number typed, the code screen, a message.
    public var hasSomethingTyped: Bool {
        flow.screen != .phone || !flow.phoneField.text.isEmpty || flow.notice != nil
    }

    /// When "Are you still there?" will show, or nil while it cannot (nothing typed, a request in flight, another phase).
    public var idleDeadline: ContinuousClock.Instant? {
        guard phase == .form, flow.pending == nil, hasSomethingTyped else { return nil }
        return lastActivity + settings.idleTimeout
    }

    /// Whole seconds left on the prompt's or the success screen's countdown, or nil.
    public func secondsLeft(at now: ContinuousClock.Instant) -> Int? {
        switch phase {
        case .stillThere(let deadline), .signedIn(let deadline): Countdown.secondsLeft(until: deadline, at: now)
        case .form, .handingOver: nil
        }
    }

    /// The next instant anything shown or due changes: the flow's wake-up, the idle deadline, a countdown.
    public func nextWake(after now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        var candidates: [ContinuousClock.Instant] = []
        switch phase {
        case .form, .stillThere:
            if let wake = flow.nextWake(after: now) { candidates.append(wake) }
        case .handingOver, .signedIn:
            break
        }
        if let idle = idleDeadline { candidates.append(max(idle, now)) }
        switch phase {
        case .stillThere(let deadline), .signedIn(let deadline):
            candidates.append(Countdown.nextChange(of: deadline, after: now) ?? now)
        case .form, .handingOver:
            break
        }
        return candidates.min()
    }

    // MARK: Keys

    private mutating func handleKey(_ key: KeyInput, at now: ContinuousClock.Instant) -> [KioskEffect] {
        if case .control(let byte) = key, byte == settings.adminKey {
            if let pressed = adminPressedAt, now - pressed <= KioskSettings.adminKeyWindow { return [.stop] }
            adminPressedAt = now
            return []
        }
        adminPressedAt = nil
        switch phase {
        case .stillThere:
            if key == .escape { return reset(at: now) }
            lastActivity = now
            phase = .form
            return []
        case .handingOver:
            return []
        case .signedIn:
            return key == .enter ? reset(at: now) : []
        case .form:
            lastActivity = now
            switch key {
            case .control(KioskSession.languageKey) where flow.pending == nil:
                // The language key: this visitor's next language; the next visitor starts in the kiosk's own again.
                flow.settings.language = settings.language(after: flow.settings.language)
                return []
            case .interrupt, .control:
                return []
            case .escape where flow.screen == .phone && flow.pending == nil && flow.focus == .number:
                return reset(at: now)
            default:
                return pass(.key(key), at: now)
            }
        }
    }

    // MARK: Time

    private mutating func handleTick(at now: ContinuousClock.Instant) -> [KioskEffect] {
        switch phase {
        case .stillThere(let deadline) where now >= deadline:
            return reset(at: now)
        case .signedIn(let until) where now >= until:
            return reset(at: now)
        default:
            break
        }
        let effects = pass(.tick, at: now)
        if let idle = idleDeadline, now >= idle {
            phase = .stillThere(deadline: now + settings.promptDuration)
        }
        return effects
    }

    // MARK: The flow

    /// Hands an event to the flow and translates its effects: client calls pass through; a login starts the hand-off.
    private mutating func pass(_ event: FlowEvent, at now: ContinuousClock.Instant) -> [KioskEffect] {
        var effects: [KioskEffect] = []
        for effect in flow.handle(event, at: now) {
            switch effect {
            case .wake:
                break
            case .loggedIn(let result):
                guard let phone = flow.operation?.phone else { continue }
                phase = .handingOver
                signedInPhone = phone
                handOff = nil
                effects.append(.handOff(visitor: visitor, result, phone: phone))
            case .finish:
                effects += reset(at: now)
            case .startAuth(let id, _), .completeAuth(let id, _, _, _):
                highestRequestID = max(highestRequestID, id)
                effects.append(.flow(effect))
            default:
                effects.append(.flow(effect))
            }
        }
        return effects
    }

    /// The next visitor: the old flow's request and poll cancelled, a fresh flow, the screen wiped.
    private mutating func reset(at now: ContinuousClock.Instant) -> [KioskEffect] {
        var effects: [KioskEffect] = []
        if let pending = flow.pending { effects.append(.flow(.cancelRequest(requestID: pending.id))) }
        if settings.flow.linkFlow { effects.append(.flow(.stopLinkPoll)) }
        effects.append(.clearScreen)
        flow = LoginFlow(settings: settings.flow, firstRequestID: highestRequestID + 1)
        phase = .form
        visitor += 1
        lastActivity = now
        signedInPhone = nil
        handOff = nil
        adminPressedAt = nil
        return effects
    }
}
