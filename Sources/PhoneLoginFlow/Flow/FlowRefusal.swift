/// Why the flow did nothing with the last key: data for front-ends that say so (plain mode speaks it; the full screen
/// shows the state itself: the spinner, the countdown, the rate-limit wait).
public enum FlowRefusal: Equatable, Sendable {
    /// A request is in flight; only Esc is taken.
    case busy
    /// The server asked us to wait (429 with Retry-After) and the wait is not over: nothing is sent.
    case waitForRetry
    /// The code has expired: only resend (r) or a new number (Esc) is taken.
    case codeExpired
    /// A paste into the code field held this character that is not a digit (the digits were kept).
    case strayCharacter(Character)
}
