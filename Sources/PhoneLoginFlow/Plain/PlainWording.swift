import Foundation
import PhoneAuthModel

/// The words of the accessible plain mode, chosen here and taken from the language's catalogue: prompts,
/// announcements and notices as whole sentences, one line each. Errors defer to `ErrorWording`, and what both modes
/// say alike to `FlowWording`.
public enum PlainWording {
    /// The prompt for the phone number.
    public static func phonePrompt(in language: Language = .english) -> String { language.text(.plainPhonePrompt) }

    /// The prompt for the phone number, saying which country a national number is read in: "Phone number (Germany, +49): ".
    public static func phonePrompt(for country: Country?, in language: Language = .english) -> String {
        guard let country else { return phonePrompt(in: language) }
        return language.text(.plainPhonePromptCountry, ["country": country.name(in: language), "code": country.callingCode])
    }

    /// Said after a number without + when no country is known: how to choose one.
    public static func chooseCountry(in language: Language = .english) -> String { language.text(.plainChooseCountry) }
    /// Said once when demo mode starts.
    public static func demoBanner(in language: Language = .english) -> String { language.text(.plainDemoBanner) }
    /// Said when the server's wait after "too many attempts" is over.
    public static func retryOver(in language: Language = .english) -> String { language.text(.plainRetryOver) }
    /// The reason given when input ends with nothing else to report.
    public static func endOfInput(in language: Language = .english) -> String { language.text(.plainEndOfInput) }
    /// The reason given when input ends after the code expired.
    public static func expiredAtEnd(in language: Language = .english) -> String { language.text(.plainExpiredAtEnd) }

    /// The prompt for the code: "Code sent to …78. Code: ", or one that says the code has expired.
    public static func codePrompt(for phone: PhoneNumber, expired: Bool, in language: Language = .english) -> String {
        expired ? language.text(.plainCodePromptExpired) : language.text(.plainCodePrompt, ["number": lastDigits(phone.e164)])
    }

    /// The end of a number, enough to recognise it and short to listen to: "…78".
    public static func lastDigits(_ number: String) -> String {
        "…" + number.suffix(2)
    }

    /// What is said while a request is in flight.
    public static func inFlight(_ kind: LoginFlow.Pending.Kind, in language: Language = .english) -> String {
        switch kind {
        case .start: language.text(.sendingCode)
        case .resend: language.text(.sendingNewCode)
        case .confirm: language.text(.checkingCode)
        }
    }

    /// The sentences for a notice of `flow` at `now`, one line each, in the flow's language.
    public static func lines(for notice: FlowNotice, in flow: LoginFlow, at now: ContinuousClock.Instant) -> [String] {
        let language = flow.settings.language
        switch notice {
        case .codeSent(let resent):
            let lifetime = language.text(.plainCodeValid, ["span": DurationWording.spelledOut(seconds: Int(flow.settings.codeLifetime.components.seconds), in: language)])
            return resent ? [language.text(.noticeCodeResent) + " " + lifetime] : [lifetime, codeHelp(flow.settings)]
        case .codeExpired:
            return [language.text(.plainCodeExpired)]
        case .resendNotYet:
            return [language.text(.plainResendIn, ["span": DurationWording.spelledOut(seconds: flow.resendWait(at: now) ?? 1, in: language)])]
        case .invalidPhone(let rejection):
            let line = language.text(.plainInvalidPhone, ["reason": ErrorWording.message(for: rejection, in: language)])
            if case .missingPlus = rejection, flow.numberRules.country == nil { return [line, chooseCountry(in: language)] }
            return [line]
        case .keyIgnored(let character):
            return [language.text(.plainNotADigit, ["key": language.text(.quoted, ["text": String(character)])])]
        default:
            return [FlowWording.text(for: notice, in: language)]
        }
    }

    /// How to answer the code prompt, said once with the first code, in the settings' language.
    public static func codeHelp(_ settings: FlowSettings) -> String {
        let language = settings.language
        let cooldown = Int(settings.resendCooldown.components.seconds)
        var help = cooldown > 0 ? language.text(.plainCodeHelpAfter, ["span": DurationWording.spelledOut(seconds: cooldown, in: language)]) : language.text(.plainCodeHelp)
        if settings.linkFlow { help += " " + language.text(settings.demo ? .plainLinkDemo : .plainLinkReal) }
        return help
    }

    /// The countdown announced at a mark (or when asked with an empty line): "30 seconds left to enter the code."
    public static func timeLeft(seconds: Int, in language: Language = .english) -> String {
        language.text(.plainTimeLeft, ["span": DurationWording.spelledOut(seconds: seconds, in: language)])
    }

    /// Said when a number or a code is sent during the server's wait.
    public static func retryWait(seconds: Int, in language: Language = .english) -> String {
        language.text(.plainRetryWait, ["span": DurationWording.spelledOut(seconds: seconds, in: language)])
    }

    /// A demo SMS as a line, since there is no panel: "SMS to …78: Your Xsolla Login code is 4821. …".
    public static func sms(to number: String, text: String, in language: Language = .english) -> String {
        language.text(.plainSMS, ["number": lastDigits(number), "text": text.split(whereSeparator: \.isNewline).joined(separator: " ")])
    }

    /// The success line: who signed in and until when the token is valid.
    public static func signedIn(_ result: LoginResult, now: Date, in language: Language = .english) -> String {
        let hours = Int((result.claims.expiresAt.timeIntervalSince(now) / 3_600).rounded())
        let until = result.claims.expiresAt.formatted(.iso8601.year().month().day().dateTimeSeparator(.space).time(includingFractionalSeconds: false))
        var values = ["mode": FlowWording.modeText(result, in: language), "user": result.claims.subject, "until": until]
        guard hours >= 1 else { return language.text(.plainSignedIn, values) }
        values["span"] = language.text(.spanHours, count: hours)
        return language.text(.plainSignedInFor, values)
    }
}
