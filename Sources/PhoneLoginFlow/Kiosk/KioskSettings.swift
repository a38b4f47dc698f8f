import PhoneAuthModel

/// How a kiosk behaves between visitors: the idle time, the "still there?" countdown, the success screen, the admin key.
public struct KioskSettings: Equatable, Sendable {
    /// How long two presses of the admin key may be apart to count as one gesture.
    public static let adminKeyWindow = Duration.seconds(2)

    /// The login flow each visitor gets.
    public var flow: FlowSettings
    /// How long without a key, with something typed, before "Are you still there?" (default 60 s).
    public var idleTimeout: Duration
    /// How long the "Are you still there?" prompt counts down before the session resets (default 20 s, WCAG 2.2.1).
    public var promptDuration: Duration
    /// How long the success screen shows once the login has been handed over (default 5 s).
    public var successDuration: Duration
    /// The control byte that, pressed twice within `adminKeyWindow`, stops the kiosk (nil: only a signal stops it).
    public var adminKey: UInt8?
    /// The languages the language key walks through, in order (default all; the terminal's font may allow fewer:
    /// those it cannot draw are left out). The flow's own language is offered even when it is not listed.
    public var languages: [Language]

    /// Creates settings with the documented defaults.
    public init(flow: FlowSettings = FlowSettings(), idleTimeout: Duration = .seconds(60), promptDuration: Duration = .seconds(20),
                successDuration: Duration = .seconds(5), adminKey: UInt8? = nil, languages: [Language] = Language.allCases) {
        self.flow = flow
        self.idleTimeout = idleTimeout
        self.promptDuration = promptDuration
        self.successDuration = successDuration
        self.adminKey = adminKey
        self.languages = languages
    }

    /// The language the key switches to from `language`: the next one offered after it (after the last, the first);
    /// `language` itself when it is the only one.
    public func language(after language: Language) -> Language {
        let offered = languages.isEmpty ? [language] : languages
        guard let index = offered.firstIndex(of: language) else {
            // Not offered (the kiosk's own language when the font lacks it): the first offered that follows it.
            let all = Language.allCases
            let start = all.firstIndex(of: language)!
            return (1...all.count).lazy.map { all[(start + $0) % all.count] }.first(where: offered.contains) ?? language
        }
        return offered[(index + 1) % offered.count]
    }
}
