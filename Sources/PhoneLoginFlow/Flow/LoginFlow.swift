import PhoneAuthModel

/// The phone-login flow as a value: handed events and the current time, it returns effects. No I/O, no clock.
public struct LoginFlow: Sendable {
    /// Which screen is showing.
    public enum Screen: Equatable, Sendable {
        /// Typing the phone number.
        case phone
        /// Typing the code, with the countdown.
        case code
        /// Logged in.
        case success
        /// Over (cancelled, interrupted, or success acknowledged).
        case finished
    }

    /// A request in flight.
    public struct Pending: Equatable, Sendable {
        /// What it is.
        public enum Kind: Equatable, Sendable { case start, resend, confirm }
        /// What it is.
        public let kind: Kind
        /// Its id: answers with another id are stale and ignored.
        public let id: Int
        /// When it was sent (for the spinner).
        public let since: ContinuousClock.Instant
        /// The number it is for.
        public let phone: PhoneNumber
    }

    /// The code that was sent: its operation, phone and deadline.
    public struct Operation: Equatable, Sendable {
        /// The operation id from start.
        public let id: String
        /// The number the code went to.
        public let phone: PhoneNumber
        /// When the code stops working: sent time + lifetime.
        public let deadline: ContinuousClock.Instant
        /// When "resend" becomes available.
        public let resendAt: ContinuousClock.Instant
    }

    /// The settings it runs with (a new language reaches an open country picker too).
    public internal(set) var settings: FlowSettings { didSet { picker?.language = settings.language } }
    /// The screen showing.
    public private(set) var screen: Screen = .phone
    /// The phone number field.
    public private(set) var phoneField = TextField.phone() { didSet { readPhone() } }
    /// How the field's text is read: the country (changed with the picker) and the length check.
    public private(set) var numberRules: NumberRules { didSet { readPhone() } }
    /// Which part of the phone form takes the keys.
    public private(set) var focus = FormFocus.number
    /// The country list, while the country has the focus.
    public private(set) var picker: CountryPicker?
    /// The field's text read by the rules: the number, or why it is not one yet (kept as the field changes).
    public private(set) var phoneReading: Result<PhoneNumber, PhoneRejection> = .failure(.empty)
    /// The field's text as its country writes it (`+49 151 1234`), kept as the field changes.
    public private(set) var phoneShown = ""
    /// The code field.
    public private(set) var codeField = TextField.code()
    /// The code sent, on the code screen.
    public private(set) var operation: Operation?
    /// The request in flight, if any.
    public private(set) var pending: Pending?
    /// The message under the form.
    public private(set) var notice: FlowNotice?
    /// Until when the server asked us to wait (429 with Retry-After).
    public private(set) var retryAt: ContinuousClock.Instant?
    /// The login, once it succeeded.
    public private(set) var result: LoginResult?
    /// How it ended.
    public private(set) var exit: FlowExit?
    /// Why the last key did nothing, when it was refused (cleared by the next key).
    public private(set) var refusal: FlowRefusal?
    private var expiryAnnounced = false
    private var nextRequestID = 1

    /// A flow on the phone screen with empty fields; its requests are numbered from `firstRequestID` (a kiosk
    /// starts each visitor's flow after the last one's numbers, so a late answer for them can never match).
    public init(settings: FlowSettings = FlowSettings(), firstRequestID: Int = 1) {
        self.settings = settings
        self.nextRequestID = firstRequestID
        self.numberRules = settings.numberRules
        readPhone()
    }

    /// Handles one event at `now`; returns what the runner must do, ending with the next wake-up if one is due.
    public mutating func handle(_ event: FlowEvent, at now: ContinuousClock.Instant) -> [FlowEffect] {
        var effects: [FlowEffect]
        switch event {
        case .key(let key): effects = handleKey(key, at: now)
        case .phoneLine(let line): effects = handlePhoneLine(line, at: now)
        case .codeLine(let line): effects = handleCodeLine(line, at: now)
        case .resendCode: effects = onCodeStep { $0.resendCode(at: now) }
        case .changeNumber: effects = onCodeStep { $0.backToPhone(cancelling: $0.pending) }
        case .followLink: effects = onCodeStep { $0.followLink(at: now) }
        case .tick: effects = handleTick(at: now)
        case .startFinished(let id, let outcome): effects = handleStart(id, outcome, at: now)
        case .confirmFinished(let id, let outcome): effects = handleConfirm(id, outcome, at: now)
        case .linkCodeArrived(let operationID, let outcome): effects = handleLinkCode(operationID, outcome, at: now)
        }
        if exit == nil, let wake = nextWake(after: now) { effects.append(.wake(at: wake)) }
        return effects
    }

    // MARK: What the screen shows

    /// Whether the phone field holds a number the rules accept.
    public var phoneIsValid: Bool { (try? phoneReading.get()) != nil }

    /// Why the phone field's text is not yet a number, or nil when it is.
    public var phoneRejection: PhoneRejection? {
        if case .failure(let rejection) = phoneReading { rejection } else { nil }
    }

    /// Where the cursor goes in `phoneShown`: before as many digits from its end as follow the cursor in the field.
    public var phoneShownCursor: Int {
        let following = phoneField.text.dropFirst(phoneField.cursor).count(where: \.isASCIIDigit)
        guard following > 0 else { return phoneShown.count }
        var left = following
        for (offset, character) in phoneShown.reversed().enumerated() where character.isASCIIDigit {
            left -= 1
            if left == 0 { return phoneShown.count - offset - 1 }
        }
        return 0
    }

    private mutating func readPhone() {
        let text = phoneField.text
        do { phoneReading = .success(try numberRules.read(text)) } catch { phoneReading = .failure(error) }
        phoneShown = numberRules.shown(text)
    }

    /// Whether the code has expired at `now`.
    public func isExpired(at now: ContinuousClock.Instant) -> Bool {
        guard let operation else { return false }
        return now >= operation.deadline
    }

    /// Seconds until resend is offered, or nil when it is available now.
    public func resendWait(at now: ContinuousClock.Instant) -> Int? {
        guard let operation, !isExpired(at: now) else { return nil }
        let left = Countdown.secondsLeft(until: operation.resendAt, at: now)
        return left > 0 ? left : nil
    }

    /// Seconds until the server's rate limit ends, or nil.
    public func retryWait(at now: ContinuousClock.Instant) -> Int? {
        guard let retryAt else { return nil }
        let left = Countdown.secondsLeft(until: retryAt, at: now)
        return left > 0 ? left : nil
    }

    /// Which spinner frame to draw while a request is in flight, or nil.
    public func spinnerFrame(at now: ContinuousClock.Instant) -> Int? {
        guard let pending else { return nil }
        let elapsed = now - pending.since
        return Int(elapsed / settings.spinnerInterval)
    }

    // MARK: Keys

    private mutating func handleKey(_ key: KeyInput, at now: ContinuousClock.Instant) -> [FlowEffect] {
        refusal = nil
        if key == .interrupt { return finish(.interrupted) }
        switch screen {
        case .phone: return phoneKey(key, at: now)
        case .code: return codeKey(key, at: now)
        case .success: return result.map { finish(.success($0)) } ?? []
        case .finished: return []
        }
    }

    private mutating func phoneKey(_ key: KeyInput, at now: ContinuousClock.Instant) -> [FlowEffect] {
        if focus == .country, pending == nil { return countryKey(key) }
        if let pending {
            guard key == .escape else { return refuse(.busy) }
            self.pending = nil
            notice = .cancelled
            return [.cancelRequest(requestID: pending.id)]
        }
        switch key {
        case .enter:
            if retryWait(at: now) != nil { return refuse(.waitForRetry) }
            switch phoneReading {
            case .success(let phone): return send(.start, phone: phone, at: now)
            case .failure(let rejection):
                notice = .invalidPhone(rejection)
                return []
            }
        case .escape:
            return finish(.cancelled)
        case .tab, .backTab:
            focus = .country
            picker = CountryPicker(current: numberRules.country, language: settings.language)
        case .paste(let text):
            if let number = try? numberRules.read(text) {
                phoneField.replace(with: number.e164)
            } else {
                phoneField.insert(String(text.prefix(phoneField.capacity * 4)))
            }
            clearEditingNotice()
        case .character(let character):
            if phoneField.insert(String(character)) > 0, phoneField.text.count < phoneField.capacity {
                notice = .keyIgnored(character)
            } else {
                clearEditingNotice()
            }
        default:
            edit(&phoneField, key)
            clearEditingNotice()
        }
        return []
    }

    /// Keys while the country has the focus: typing filters, Up/Down move, Enter picks; Tab, Shift-Tab and Esc go
    /// back to the number as it was.
    private mutating func countryKey(_ key: KeyInput) -> [FlowEffect] {
        switch key {
        case .enter:
            if let chosen = picker?.chosen { numberRules.country = chosen }
            fallthrough
        case .tab, .backTab, .escape:
            focus = .number
            picker = nil
            clearEditingNotice()
        default:
            picker?.handle(key)
        }
        return []
    }

    /// A whole line as the number (plain mode): read as typed, so a letter is reported as such; sent when it is one.
    private mutating func handlePhoneLine(_ line: String, at now: ContinuousClock.Instant) -> [FlowEffect] {
        refusal = nil
        guard screen == .phone else { return [] }
        if pending != nil { return refuse(.busy) }
        if line.allSatisfy(\.isWhitespace) { return phoneKey(.enter, at: now) }
        do {
            let number = try numberRules.read(line)
            phoneField.replace(with: number.e164)
            return phoneKey(.enter, at: now)
        } catch {
            notice = .invalidPhone(error)
            return []
        }
    }

    private mutating func codeKey(_ key: KeyInput, at now: ContinuousClock.Instant) -> [FlowEffect] {
        if key == .escape { return backToPhone(cancelling: pending) }
        guard operation != nil else { return [] }
        guard pending == nil else { return refuse(.busy) }
        let expired = isExpired(at: now)
        switch key {
        case .character("r"), .character("R"):
            return resendCode(at: now)
        case .character(let letter) where (letter == "l" || letter == "L") && settings.demo && settings.linkFlow && !expired:
            return followLink(at: now)
        case .enter:
            return submitCode(at: now)
        case .character(let character):
            guard !expired else { return refuse(.codeExpired) }
            if codeField.insert(String(character)) > 0, codeField.text.count < codeField.capacity {
                notice = .keyIgnored(character)
            } else {
                clearEditingNotice()
            }
        case .paste(let text):
            guard !expired else { return refuse(.codeExpired) }
            codeField.insert(String(text.filter(\.isASCIIDigit).prefix(codeField.capacity)))
            clearEditingNotice()
            if let stray = text.first(where: { !$0.isASCIIDigit && !$0.isWhitespace }) { refusal = .strayCharacter(stray) }
        default:
            guard !expired else { return refuse(.codeExpired) }
            edit(&codeField, key)
            clearEditingNotice()
        }
        return []
    }

    /// An event of the code step (plain mode's lines and letters): the refusal cleared, nothing done elsewhere.
    private mutating func onCodeStep(_ handle: (inout LoginFlow) -> [FlowEffect]) -> [FlowEffect] {
        refusal = nil
        guard screen == .code else { return [] }
        return handle(&self)
    }

    /// A whole line as the code (plain mode): the line is the field's text; a letter in it is refused and nothing kept.
    private mutating func handleCodeLine(_ line: String, at now: ContinuousClock.Instant) -> [FlowEffect] {
        onCodeStep { flow in
            guard flow.operation != nil else { return [] }
            guard flow.pending == nil else { return flow.refuse(.busy) }
            guard !flow.isExpired(at: now) else { return flow.refuse(.codeExpired) }
            let text = line.filter { !$0.isWhitespace }
            flow.codeField.replace(with: String(text.filter(\.isASCIIDigit).prefix(flow.codeField.capacity)))
            flow.clearEditingNotice()
            // A code with a letter in it is not sent: the digits alone are not what the person meant.
            if let stray = text.first(where: { !$0.isASCIIDigit }) {
                flow.codeField.clear()
                return flow.refuse(.strayCharacter(stray))
            }
            return flow.submitCode(at: now)
        }
    }

    /// A new code: refused until the resend wait is over (unless the code has expired) or while the server asks to wait.
    private mutating func resendCode(at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard let operation else { return [] }
        guard pending == nil else { return refuse(.busy) }
        guard isExpired(at: now) || now >= operation.resendAt else {
            notice = .resendNotYet
            return []
        }
        if retryWait(at: now) != nil { return refuse(.waitForRetry) }
        var effects: [FlowEffect] = settings.linkFlow ? [.stopLinkPoll] : []
        effects += send(.resend, phone: operation.phone, at: now)
        return effects
    }

    /// Demo mode's tap on the SMS link, while the code lives; nothing otherwise.
    private mutating func followLink(at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard let operation, settings.demo, settings.linkFlow else { return [] }
        guard pending == nil else { return refuse(.busy) }
        guard !isExpired(at: now) else { return refuse(.codeExpired) }
        return [.tapLink(operationID: operation.id)]
    }

    /// The code field sent as the code (Enter): refused after expiry or during the server's wait, too short said.
    private mutating func submitCode(at now: ContinuousClock.Instant) -> [FlowEffect] {
        if isExpired(at: now) { return refuse(.codeExpired) }
        if retryWait(at: now) != nil { return refuse(.waitForRetry) }
        guard codeField.text.count >= settings.minimumCodeLength else {
            notice = .codeTooShort(minimum: settings.minimumCodeLength)
            return []
        }
        return confirm(code: codeField.text, at: now)
    }

    /// Notes why a key did nothing; no effect.
    private mutating func refuse(_ why: FlowRefusal) -> [FlowEffect] {
        refusal = why
        return []
    }

    private func edit(_ field: inout TextField, _ key: KeyInput) {
        switch key {
        case .backspace: field.backspace()
        case .delete: field.deleteForward()
        case .left: field.moveLeft()
        case .right: field.moveRight()
        case .home: field.moveHome()
        case .end: field.moveEnd()
        case .clearLine: field.clear()
        default: break
        }
    }

    /// Editing clears an old complaint about the field, but not news about the server.
    private mutating func clearEditingNotice() {
        switch notice {
        case .invalidPhone, .keyIgnored, .codeTooShort, .cancelled, .resendNotYet: notice = nil
        case .failed(let error) where error.category == .wrongCode: notice = nil
        default: break
        }
    }

    // MARK: Answers

    private mutating func handleStart(_ id: Int, _ outcome: Result<String, AuthError>, at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard let pending, pending.id == id, pending.kind != .confirm else { return [] }
        self.pending = nil
        switch outcome {
        case .success(let operationID):
            let phone = pending.phone
            operation = Operation(id: operationID, phone: phone, deadline: now + settings.codeLifetime,
                                  resendAt: now + settings.resendCooldown)
            screen = .code
            codeField.clear()
            expiryAnnounced = false
            retryAt = nil
            notice = .codeSent(resent: pending.kind == .resend)
            return settings.linkFlow ? [.pollLink(phone: phone, operationID: operationID, deadline: now + settings.codeLifetime)] : []
        case .failure(let error):
            return fail(error, at: now)
        }
    }

    private mutating func handleConfirm(_ id: Int, _ outcome: Result<LoginResult, AuthError>, at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard let pending, pending.id == id, pending.kind == .confirm else { return [] }
        self.pending = nil
        switch outcome {
        case .success(let login):
            result = login
            screen = .success
            notice = nil
            return (settings.linkFlow ? [.stopLinkPoll] : []) + [.loggedIn(login)]
        case .failure(let error):
            switch error.category {
            case .wrongCode:
                codeField.clear()
                notice = .failed(error)
                return []
            case .operationGone:
                let effects = backToPhone(cancelling: nil)
                notice = .failed(error)
                return effects
            default:
                return fail(error, at: now)
            }
        }
    }

    private mutating func handleLinkCode(_ operationID: String, _ outcome: Result<String, AuthError>, at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard screen == .code, let operation, operation.id == operationID, pending == nil, !isExpired(at: now) else { return [] }
        switch outcome {
        case .success(let code):
            codeField.replace(with: code)
            notice = .linkFollowed
            return confirm(code: code, at: now)
        case .failure(.linkWaitExpired), .failure(.cancelled):
            return []
        case .failure(let error):
            notice = .failed(error)
            return []
        }
    }

    /// A failed start or confirm: the notice, and the server's wait when it asked for one.
    private mutating func fail(_ error: AuthError, at now: ContinuousClock.Instant) -> [FlowEffect] {
        if case .cancelled = error { return [] }
        if case .server(let server) = error, server.kind == .rateLimited, let seconds = server.retryAfterSeconds, seconds > 0 {
            retryAt = now + .seconds(seconds)
        }
        notice = .failed(error)
        return []
    }

    // MARK: Time

    private mutating func handleTick(at now: ContinuousClock.Instant) -> [FlowEffect] {
        var effects: [FlowEffect] = []
        if screen == .code, isExpired(at: now), !expiryAnnounced {
            expiryAnnounced = true
            codeField.clear()
            notice = .codeExpired
            if settings.linkFlow { effects.append(.stopLinkPoll) }
        }
        if let retryAt, now >= retryAt {
            self.retryAt = nil
            if case .failed(let error) = notice, error.category == .rateLimited { notice = nil }
        }
        return effects
    }

    /// The instants the state changes by itself: the code's expiry (until handled), resend, the end of a rate-limit wait.
    public var deadlines: FlowDeadlines {
        let onCode = screen == .code ? operation : nil
        return FlowDeadlines(expiry: expiryAnnounced ? nil : onCode?.deadline, resend: onCode?.resendAt, retry: retryAt)
    }

    /// The next instant anything shown changes: the spinner, the countdown, the resend or rate-limit wait.
    public func nextWake(after now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        var candidates: [ContinuousClock.Instant] = []
        if let pending {
            let frames = (now - pending.since) / settings.spinnerInterval
            candidates.append(pending.since + settings.spinnerInterval * (Int(frames) + 1))
        }
        if screen == .code, let operation {
            if let change = Countdown.nextChange(of: operation.deadline, after: now) { candidates.append(change) }
            if let change = Countdown.nextChange(of: operation.resendAt, after: now) { candidates.append(change) }
            if !expiryAnnounced, now >= operation.deadline { candidates.append(now) }
        }
        if let retryAt, let change = Countdown.nextChange(of: retryAt, after: now) { candidates.append(change) }
        return candidates.min()
    }

    // MARK: Steps

    private mutating func send(_ kind: Pending.Kind, phone: PhoneNumber, at now: ContinuousClock.Instant) -> [FlowEffect] {
        let id = takeRequestID()
        pending = Pending(kind: kind, id: id, since: now, phone: phone)
        notice = nil
        return [.startAuth(requestID: id, phone: phone)]
    }

    private mutating func confirm(code: String, at now: ContinuousClock.Instant) -> [FlowEffect] {
        guard let operation else { return [] }
        let id = takeRequestID()
        pending = Pending(kind: .confirm, id: id, since: now, phone: operation.phone)
        if notice != .linkFollowed { notice = nil }
        return [.completeAuth(requestID: id, phone: operation.phone, operationID: operation.id, code: code)]
    }

    private mutating func backToPhone(cancelling pending: Pending?) -> [FlowEffect] {
        var effects: [FlowEffect] = []
        if let pending { effects.append(.cancelRequest(requestID: pending.id)) }
        if settings.linkFlow, operation != nil { effects.append(.stopLinkPoll) }
        self.pending = nil
        operation = nil
        codeField.clear()
        screen = .phone
        notice = nil
        return effects
    }

    private mutating func finish(_ how: FlowExit) -> [FlowEffect] {
        var effects: [FlowEffect] = []
        if let pending { effects.append(.cancelRequest(requestID: pending.id)) }
        if settings.linkFlow, operation != nil, screen == .code { effects.append(.stopLinkPoll) }
        pending = nil
        exit = how
        screen = .finished
        effects.append(.finish(how))
        return effects
    }

    private mutating func takeRequestID() -> Int {
        defer { nextRequestID += 1 }
        return nextRequestID
    }
}
