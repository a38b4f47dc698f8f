import PhoneAuthModel

/// The words the full-screen UI shows: the one place they live (errors defer to `ErrorWording`).
public enum FlowWording {
    /// Which kind of sign-in a result is: "JWT", "OAuth 2.0, refreshable", "OAuth 2.0, no refresh token".
    public static func modeText(_ result: LoginResult) -> String {
        switch result.mode {
        case .jwt: LoginMode.jwt.displayName
        case .oauth2: LoginMode.oauth2.displayName + (result.refreshToken == nil ? ", no refresh token" : ", refreshable")
        }
    }

    /// The sentence for a notice.
    public static func text(for notice: FlowNotice) -> String {
        switch notice {
        case .failed(.transport(let failure)): ErrorWording.message(for: .transport(failure)) + " Press Enter to try again."
        case .failed(let error): ErrorWording.message(for: error)
        case .invalidPhone(let rejection): "Not a phone number yet: " + ErrorWording.message(for: rejection) + "."
        case .codeSent(let resent): resent ? "A new code is on its way." : "Code sent. It may take a few seconds to arrive."
        case .codeExpired: "Code expired. Press R for a new code."
        case .cancelled: "Cancelled. Edit the number or press Enter to send again."
        case .linkFollowed: "The SMS link was followed: signing in…"
        case .resendNotYet: "A new code can be asked for when the resend countdown ends."
        case .codeTooShort(let minimum): "The code has at least \(minimum) digits."
        case .keyIgnored(let character):
            character.fitsOneCell ? "“\(character)” cannot be typed here." : "\(character.shownSafely) cannot be typed here."
        }
    }

    /// What the phone screen says about the code before it is sent, e.g. "The code arrives by SMS and lives 3 minutes."
    public static func lifetimeNote(_ lifetime: Duration) -> String {
        let seconds = Int(lifetime.components.seconds)
        let span = seconds % 60 == 0 && seconds >= 60
            ? "\(seconds / 60) minute\(seconds == 60 ? "" : "s")" : "\(seconds) second\(seconds == 1 ? "" : "s")"
        return "The code arrives by SMS and lives \(span)."
    }

    /// The live hint under the phone field, for the country national numbers are read in (nil: none chosen).
    public static func phoneHint(for rejection: PhoneRejection?, country: Country? = nil) -> String {
        guard let rejection else { return "Press Enter to get a code by SMS." }
        switch rejection {
        case .empty:
            if let country { return "Type the number as you would in \(country.name), or + and the country code." }
            return "Type + and the country code, e.g. +1 415 555 0100."
        case .missingPlus: return "Start with + and the country code (or 00), or press Tab to pick a country."
        case .tooFewDigits(let count):
            let missing = PhoneNumber.minimumDigits - count
            return "\(missing) more digit\(missing == 1 ? "" : "s") at least (5–25 after the +)."
        default: return sentence(ErrorWording.message(for: rejection))
        }
    }

    /// The words capitalised, with a full stop.
    static func sentence(_ words: String) -> String {
        words.prefix(1).uppercased() + words.dropFirst() + "."
    }

    /// The phone field's label.
    public static let phoneLabel = "Phone number"
    /// The country's label, before its name or the picker's query.
    public static let countryLabel = "Country"
    /// What the country line says when none is chosen.
    public static let noCountry = "none: start with +"
    /// How to change the country, at the end of its line.
    public static let countryTabHint = "Tab: change"
    /// The key help while the country list has the focus.
    public static let pickerKeys = "Enter pick · ↑↓ choose · Esc back"

    /// A country as the form names it: "Germany (+49)".
    public static func countryName(_ country: Country) -> String { "\(country.name) (+\(country.callingCode))" }

    /// Under the picker's query when nothing matches it.
    public static func noCountryMatches(_ query: String) -> String {
        "No country matches “\(query)”: type a name, a code such as DE, or 49."
    }

    /// The last line of the picker: "Type a name, DE or 49 · 6 of 245".
    public static func pickerHint(shown: Int, of total: Int) -> String {
        "Type a name, DE or 49 · \(shown < total ? "\(shown) of \(total)" : "\(total)") shown"
    }
}
