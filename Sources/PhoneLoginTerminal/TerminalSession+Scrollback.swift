import CNCursesW

extension TerminalSession {
    /// Makes the next refresh clear the whole screen (curses' `clear`), not only the cells that changed.
    func clearScreenOnNextRefresh() {
        wclear(window)
    }

    /// Clears the terminal's scrollback with its terminfo `E3` capability (`\e[3J` on xterm, tmux, the Linux console),
    /// as `clear(1)` does; a terminal without it keeps its scrollback. Returns whether it was sent.
    @discardableResult
    func clearScrollback() -> Bool {
        guard let capability = tigetstr("E3"), Int(bitPattern: capability) != -1 else { return false }
        writeControl(String(cString: capability))
        return true
    }

    /// Blanks the screen, then clears the scrollback: the blank screen goes out first (a terminal that keeps what a
    /// clear removes, as tmux does, has it in the scrollback by then), the `E3` after it. Nothing may be drawn
    /// between them and the next frame, which must be drawn whole: the Linux console erases its display on `E3`.
    func clearScreenAndScrollback() {
        wclear(window)
        wrefresh(window)
        clearScrollback()
    }
}
