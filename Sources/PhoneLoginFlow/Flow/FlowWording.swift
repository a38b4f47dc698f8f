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

    /// The live hint under the phone field.
    public static func phoneHint(for rejection: PhoneRejection?) -> String {
        guard let rejection else { return "Press Enter to get a code by SMS." }
        switch rejection {
        case .empty: return "Type + and the country code, e.g. +1 415 555 0100."
        case .missingPlus: return "Start with + and the country code (or 00)."
        case .tooFewDigits(let count):
            let missing = PhoneNumber.minimumDigits - count
            return "\(missing) more digit\(missing == 1 ? "" : "s") at least (5–25 after the +)."
        default: return ErrorWording.message(for: rejection).prefix(1).uppercased() + ErrorWording.message(for: rejection).dropFirst() + "."
        }
    }
}
