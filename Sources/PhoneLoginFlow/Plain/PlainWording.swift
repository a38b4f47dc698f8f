import Foundation
import PhoneAuthModel

/// The words of the accessible plain mode, the one place they live: prompts, announcements and notices as whole
/// sentences, one line each. Errors defer to `ErrorWording`, and what both modes say alike to `FlowWording`.
public enum PlainWording {
    /// The prompt for the phone number.
    public static let phonePrompt = "Phone number: "

    /// The prompt for the phone number, saying which country a national number is read in: "Phone number (Germany, +49): ".
    public static func phonePrompt(for country: Country?) -> String {
        guard let country else { return phonePrompt }
        return "Phone number (\(country.name), +\(country.callingCode)): "
    }

    /// Said after a number without + when no country is known: how to choose one.
    public static let chooseCountry = "To type numbers without +, start phone-login with --country and the country's ISO code (e.g. --country DE), or set PHONE_LOGIN_COUNTRY."
    /// Said once when demo mode starts.
    public static let demoBanner = "Demo mode: a local emulator stands in for Xsolla Login and sends no real SMS; its messages are printed here."
    /// Said when the server's wait after "too many attempts" is over.
    public static let retryOver = "You can try again now."
    /// The reason given when input ends with nothing else to report.
    public static let endOfInput = "Cancelled: end of input."
    /// The reason given when input ends after the code expired.
    public static let expiredAtEnd = "The code expired before it was entered. Request a new code."

    /// The prompt for the code: "Code sent to …78. Code: ", or one that says the code has expired.
    public static func codePrompt(for phone: PhoneNumber, expired: Bool) -> String {
        expired ? "The code has expired. Type r for a new code: " : "Code sent to \(lastDigits(phone.e164)). Code: "
    }

    /// The end of a number, enough to recognise it and short to listen to: "…78".
    public static func lastDigits(_ number: String) -> String {
        "…" + number.suffix(2)
    }

    /// What is said while a request is in flight.
    public static func inFlight(_ kind: LoginFlow.Pending.Kind) -> String {
        switch kind {
        case .start: "Sending a code…"
        case .resend: "Sending a new code…"
        case .confirm: "Checking the code…"
        }
    }

    /// The sentences for a notice of `flow` at `now`, one line each.
    public static func lines(for notice: FlowNotice, in flow: LoginFlow, at now: ContinuousClock.Instant) -> [String] {
        switch notice {
        case .codeSent(let resent):
            let lifetime = "The code is valid for \(span(seconds: Int(flow.settings.codeLifetime.components.seconds)))."
            return resent ? ["A new code is on its way. " + lifetime] : [lifetime, codeHelp(flow.settings)]
        case .codeExpired:
            return ["The code has expired. Type r and press Enter for a new code."]
        case .resendNotYet:
            return ["A new code can be asked for in \(span(seconds: flow.resendWait(at: now) ?? 1))."]
        case .invalidPhone(let rejection):
            let line = "Not a phone number: " + ErrorWording.message(for: rejection) + "."
            if case .missingPlus = rejection, flow.numberRules.country == nil { return [line, chooseCountry] }
            return [line]
        case .keyIgnored(let character):
            return ["“\(character)” is not a digit: the code is digits only."]
        default:
            return [FlowWording.text(for: notice)]
        }
    }

    /// How to answer the code prompt, said once with the first code.
    public static func codeHelp(_ settings: FlowSettings) -> String {
        let cooldown = Int(settings.resendCooldown.components.seconds)
        var help = "Type it and press Enter. Type r for a new code" + (cooldown > 0 ? " (after \(span(seconds: cooldown)))" : "")
            + ", or n to change the number."
        if settings.linkFlow { help += settings.demo ? " Type l to follow the SMS link." : " Following the link in the SMS also works." }
        return help
    }

    /// The countdown announced at a mark (or when asked with an empty line): "30 seconds left to enter the code."
    public static func timeLeft(seconds: Int) -> String {
        "\(span(seconds: seconds)) left to enter the code."
    }

    /// Said when a number or a code is sent during the server's wait.
    public static func retryWait(seconds: Int) -> String {
        "Too many attempts: wait \(span(seconds: seconds)) more before trying again."
    }

    /// A demo SMS as a line, since there is no panel: "SMS to …78: Your Xsolla Login code is 4821. …".
    public static func sms(to number: String, text: String) -> String {
        "SMS to \(lastDigits(number)): " + text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The success line: who signed in and until when the token is valid.
    public static func signedIn(_ result: LoginResult, now: Date) -> String {
        let hours = Int((result.claims.expiresAt.timeIntervalSince(now) / 3_600).rounded())
        let until = result.claims.expiresAt.formatted(.iso8601.year().month().day().dateTimeSeparator(.space).time(includingFractionalSeconds: false))
        let relative = hours >= 1 ? " (in \(span(hours: hours)))" : ""
        return "Signed in (\(FlowWording.modeText(result))). User \(result.claims.subject); the token is valid until \(until) UTC\(relative)."
    }

    /// "3 minutes", "1 minute 30 seconds", "45 seconds", "1 second".
    public static func span(seconds: Int) -> String {
        let value = max(0, seconds)
        let (minutes, rest) = (value / 60, value % 60)
        let minutePart = minutes > 0 ? "\(minutes) minute\(minutes == 1 ? "" : "s")" : ""
        let secondPart = rest > 0 || minutes == 0 ? "\(rest) second\(rest == 1 ? "" : "s")" : ""
        return [minutePart, secondPart].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "24 hours", "1 hour".
    static func span(hours: Int) -> String { "\(hours) hour\(hours == 1 ? "" : "s")" }

    /// The text with the few non-ASCII characters these words use spelled in ASCII, for a terminal whose locale is not UTF-8.
    public static func ascii(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "…": result += "..."
            case "“", "”": result += "\""
            case "–", "—": result += "-"
            case "→": result += "->"
            case "•": result += "*"
            case "§": result += "S"
            default: result.append(character.isASCII ? character : "?")
            }
        }
        return result
    }
}
