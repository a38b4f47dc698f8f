import PhoneAuthModel

/// The words the full-screen UI shows, chosen here and taken from the language's catalogue (errors defer to
/// `ErrorWording`).
public enum FlowWording {
    /// Which kind of sign-in a result is: "JWT", "OAuth 2.0, refreshable", "OAuth 2.0, no refresh token".
    public static func modeText(_ result: LoginResult, in language: Language = .english) -> String {
        switch result.mode {
        case .jwt: LoginMode.jwt.displayName
        case .oauth2: language.text(result.refreshToken == nil ? .modeNoRefresh : .modeRefreshable, ["mode": LoginMode.oauth2.displayName])
        }
    }

    /// The sentence for a notice.
    public static func text(for notice: FlowNotice, in language: Language = .english) -> String {
        switch notice {
        case .failed(.transport(let failure)): language.text(.noticeRetry, ["error": ErrorWording.message(for: .transport(failure), in: language)])
        case .failed(let error): ErrorWording.message(for: error, in: language)
        case .invalidPhone(let rejection): language.text(.noticeInvalidPhone, ["reason": ErrorWording.message(for: rejection, in: language)])
        case .codeSent(let resent): language.text(resent ? .noticeCodeResent : .noticeCodeSent)
        case .codeExpired: language.text(.noticeCodeExpired)
        case .cancelled: language.text(.noticeCancelled)
        case .linkFollowed: language.text(.noticeLinkFollowed)
        case .resendNotYet: language.text(.noticeResendNotYet)
        case .codeTooShort(let minimum): language.text(.noticeCodeTooShort, count: minimum)
        case .keyIgnored(let character): language.text(.noticeKeyIgnored, ["key": shown(character, in: language)])
        }
    }

    /// A typed character as a notice names it: in the language's quotes when it shows in one cell, else its code points.
    public static func shown(_ character: Character, in language: Language) -> String {
        character.fitsOneCell ? language.text(.quoted, ["text": String(character)]) : character.shownSafely
    }

    /// What the phone screen says about the code before it is sent, e.g. "The code arrives by SMS and lives 3 minutes."
    public static func lifetimeNote(_ lifetime: Duration, in language: Language = .english) -> String {
        language.text(.lifetimeNote, ["span": DurationWording.exact(seconds: Int(lifetime.components.seconds), in: language)])
    }

    /// The live hint under the phone field, for the country national numbers are read in (nil: none chosen).
    public static func phoneHint(for rejection: PhoneRejection?, country: Country? = nil, in language: Language = .english) -> String {
        guard let rejection else { return language.text(.phoneHintReady) }
        switch rejection {
        case .empty:
            if let country { return language.text(.phoneHintNational, ["country": country.name(in: language)]) }
            return language.text(.phoneHintEmpty)
        case .missingPlus: return language.text(.phoneHintMissingPlus)
        case .tooFewDigits(let count):
            return language.text(.phoneHintTooFew, count: PhoneNumber.minimumDigits - count,
                                 ["minimum": String(PhoneNumber.minimumDigits), "maximum": String(PhoneNumber.maximumDigits)])
        default:
            return sentence(ErrorWording.message(for: rejection, in: language), in: language)
        }
    }

    /// The words capitalised, with the language's full stop.
    static func sentence(_ words: String, in language: Language) -> String {
        words.prefix(1).uppercased() + words.dropFirst() + language.text(.sentenceEnd)
    }

    /// A country as the form names it, in `language`: "Germany (+49)", "Deutschland (+49)".
    public static func countryName(_ country: Country, in language: Language = .english) -> String {
        "\(country.name(in: language)) (+\(country.callingCode))"
    }

    /// Under the picker's query when nothing matches it.
    public static func noCountryMatches(_ query: String, in language: Language = .english) -> String {
        language.text(.noCountryMatches, ["query": query])
    }

    /// The last line of the picker: "Type a name, DE or 49 · 6 of 245 shown".
    public static func pickerHint(shown: Int, of total: Int, in language: Language = .english) -> String {
        shown < total ? language.text(.pickerHintSome, count: total, ["shown": String(shown)]) : language.text(.pickerHintAll, count: total)
    }
}
