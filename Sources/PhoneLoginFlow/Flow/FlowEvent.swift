import PhoneAuthModel

/// What happens to the flow: keys, time passing, and the answers to its effects.
public enum FlowEvent: Equatable, Sendable {
    /// A key or a paste.
    case key(KeyInput)
    /// A whole line typed as the phone number and sent (plain mode): read as a whole, what the field could not hold
    /// included, then sent if it is a number.
    case phoneLine(String)
    /// A whole line typed as the code and sent (plain mode): its digits are the code, sent if there are enough; a
    /// letter in it is refused (`FlowRefusal.strayCharacter`) and nothing is sent. Spaces are ignored.
    case codeLine(String)
    /// A new code asked for (plain mode's `r`; the full screen's r key): sent once the resend wait is over.
    case resendCode
    /// Back to the number from the code step (plain mode's `n`; the full screen's Esc there), any request cancelled.
    case changeNumber
    /// Demo mode with the link flow: follow the SMS link (plain mode's `l`; the full screen's l key).
    case followLink
    /// A wake-up asked for with `.wake(at:)`; time has passed.
    case tick
    /// The answer to `.startAuth`: the operation id, or why not.
    case startFinished(requestID: Int, Result<String, AuthError>)
    /// The answer to `.completeAuth`.
    case confirmFinished(requestID: Int, Result<LoginResult, AuthError>)
    /// The `/otc/code` poll for this operation returned a code (the link was followed), or failed.
    case linkCodeArrived(operationID: String, Result<String, AuthError>)
}
