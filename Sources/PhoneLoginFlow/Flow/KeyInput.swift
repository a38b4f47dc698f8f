/// A key (or a paste) after decoding, as the flow understands it.
public enum KeyInput: Equatable, Sendable {
    /// A printable character.
    case character(Character)
    /// A bracketed paste, whole.
    case paste(String)
    /// Backspace.
    case backspace
    /// Delete.
    case delete
    /// Cursor left.
    case left
    /// Cursor right.
    case right
    /// Home (or Ctrl-A).
    case home
    /// End (or Ctrl-E).
    case end
    /// Ctrl-U: clear the field.
    case clearLine
    /// Cursor up (a list's previous entry).
    case up
    /// Cursor down (a list's next entry).
    case down
    /// Tab: the next part of the form.
    case tab
    /// Shift-Tab: the previous part of the form.
    case backTab
    /// Enter.
    case enter
    /// Esc.
    case escape
    /// Ctrl-C.
    case interrupt
    /// Another control key the editing keys leave alone (Ctrl-Z, Ctrl-\, Ctrl-], …), as its byte (0x1A, 0x1C, 0x1D).
    case control(UInt8)
}
