import PhoneAuthModel

/// How the flow behaves: lifetimes, cooldowns, and the options that change the screens.
public struct FlowSettings: Equatable, Sendable {
    /// How long a code lives after it is sent (Xsolla: 180 s).
    public var codeLifetime: Duration
    /// How long after sending a code "resend" becomes available.
    public var resendCooldown: Duration
    /// The fewest digits Enter submits as a code.
    public var minimumCodeLength: Int
    /// Whether the SMS carries a link and a `/otc/code` poll runs beside the code field.
    public var linkFlow: Bool
    /// Whether this is demo mode (an in-process emulator: a key "taps" the SMS link).
    public var demo: Bool
    /// How often the spinner turns while a request is in flight.
    public var spinnerInterval: Duration
    /// The language the screens and announcements speak.
    public var language: Language
    /// How typed numbers are read: the default country and whether impossible lengths are refused.
    public var numberRules = NumberRules()

    /// Creates settings with the documented defaults.
    public init(codeLifetime: Duration = .seconds(180), resendCooldown: Duration = .seconds(30), minimumCodeLength: Int = 4,
                linkFlow: Bool = false, demo: Bool = false, spinnerInterval: Duration = .milliseconds(120),
                language: Language = .english) {
        self.codeLifetime = codeLifetime
        self.resendCooldown = resendCooldown
        self.minimumCodeLength = minimumCodeLength
        self.linkFlow = linkFlow
        self.demo = demo
        self.spinnerInterval = spinnerInterval
        self.language = language
    }
}
