import CNCursesW

extension TerminalSession {
    /// Writes every cell of the window to the terminal again, over whatever it shows (curses' `redrawwin`: no clear
    /// first, so nothing flickers), for when someone else may have written to it.
    func repaintWhole() {
        redrawwin(window)
        wrefresh(window)
    }
}
