/// One of the eight colours every colour terminal has (curses' `COLOR_BLACK` … `COLOR_WHITE`, in their order).
public enum TerminalColor: Int, CaseIterable, Sendable {
    /// 0.
    case black
    /// 1.
    case red
    /// 2.
    case green
    /// 3 (brown on the Linux console as a background).
    case yellow
    /// 4.
    case blue
    /// 5.
    case magenta
    /// 6.
    case cyan
    /// 7 (light grey on most palettes).
    case white
}
