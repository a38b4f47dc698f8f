import PhoneAuthModel

/// A message the screen shows under the form: data only; `FlowWording` says it in words.
public enum FlowNotice: Equatable, Sendable {
    /// A call failed; the error says why.
    case failed(AuthError)
    /// The number was refused before sending.
    case invalidPhone(PhoneRejection)
    /// A code was sent (the first, or a new one).
    case codeSent(resent: Bool)
    /// The code's lifetime is over.
    case codeExpired
    /// The request in flight was cancelled with Esc.
    case cancelled
    /// The SMS link was followed; the login completes by itself.
    case linkFollowed
    /// Resend was asked for before the cooldown ended.
    case resendNotYet
    /// Enter with fewer digits than a code has.
    case codeTooShort(minimum: Int)
    /// A key the current field does not take.
    case keyIgnored(Character)

    /// Whether it reports a problem (drawn in the error colour).
    public var isProblem: Bool {
        switch self {
        case .failed, .invalidPhone, .codeExpired, .resendNotYet, .codeTooShort, .keyIgnored: true
        case .codeSent, .cancelled, .linkFollowed: false
        }
    }
}
