/// Keys the terminal library recognises by itself.
public enum NamedKey: Equatable, Sendable {
    /// Arrow keys.
    case left, right, up, down
    /// Home and End.
    case home, end
    /// Backspace and Delete.
    case backspace, delete
    /// Shift-Tab.
    case backTab
    /// Enter on the keypad.
    case enter
    /// The window changed size.
    case resize
    /// Any other function key.
    case other
}
