import PhoneLoginFlow

/// A decoded key, or a resize.
public enum DecodedInput: Equatable, Sendable {
    /// A key for the flow.
    case key(KeyInput)
    /// The window changed size: redraw.
    case resize
}
