import PhoneLoginFlow

/// What the terminal delivers before decoding: a character, or a key the terminal library already named.
public enum RawInput: Equatable, Sendable {
    /// One Unicode scalar (printable, control, or part of an escape sequence).
    case scalar(Unicode.Scalar)
    /// A key the terminal library recognised.
    case named(NamedKey)
}

/// Keys the terminal library recognises by itself.
public enum NamedKey: Equatable, Sendable {
    /// Arrow keys.
    case left, right, up, down
    /// Home and End.
    case home, end
    /// Backspace and Delete.
    case backspace, delete
    /// Enter on the keypad.
    case enter
    /// The window changed size.
    case resize
    /// Any other function key.
    case other
}

/// A decoded key, or a resize.
public enum DecodedInput: Equatable, Sendable {
    /// A key for the flow.
    case key(KeyInput)
    /// The window changed size: redraw.
    case resize
}
