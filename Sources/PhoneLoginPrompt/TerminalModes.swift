import Foundation

/// The terminal's own line editing for the prompts: canonical mode, echo as found for the number and off for the code
/// (the newline still echoed, as `getpass` does). The modes found at the start are put back on every way out.
final class TerminalModes {
    private let descriptor: Int32
    private let original: termios
    private var echoing: Bool?

    /// Modes for `descriptor`, or nil when it is not a terminal (piped input: nothing to set, and no echo exists).
    init?(descriptor: Int32) {
        guard isatty(descriptor) != 0 else { return nil }
        var found = termios()
        guard tcgetattr(descriptor, &found) == 0 else { return nil }
        self.descriptor = descriptor
        self.original = found
    }

    /// Canonical input with signals from the keyboard; `echo` false hides what is typed. Waits for pending output, keeps typed-ahead input.
    func lineInput(echo: Bool) {
        guard echoing != echo else { return }
        echoing = echo
        var modes = original
        modes.c_lflag |= tcflag_t(ICANON | ISIG)
        modes.c_iflag |= tcflag_t(ICRNL)
        modes.c_oflag |= tcflag_t(OPOST | ONLCR)
        if !echo {
            modes.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK)
            modes.c_lflag |= tcflag_t(ECHONL)
        }
        _ = tcsetattr(descriptor, TCSADRAIN, &modes)
    }

    /// Puts back the modes found at the start.
    func restore() {
        echoing = nil
        var modes = original
        _ = tcsetattr(descriptor, TCSADRAIN, &modes)
    }
}
