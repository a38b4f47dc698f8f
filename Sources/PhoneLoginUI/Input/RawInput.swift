/// What the terminal delivers before decoding: a character, or a key the terminal library already named.
public enum RawInput: Equatable, Sendable {
    /// One Unicode scalar (printable, control, or part of an escape sequence).
    case scalar(Unicode.Scalar)
    /// A key the terminal library recognised.
    case named(NamedKey)
}
