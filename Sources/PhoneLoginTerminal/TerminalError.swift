/// Why the full-screen UI could not start.
public enum TerminalError: Error, Equatable, Sendable {
    /// No terminal: stdin/stdout are not one and `/dev/tty` cannot be opened.
    case noTerminal
    /// curses does not know the terminal type in `TERM`.
    case unknownTerminal(String)
}
