// `phone-login-floor`: the benchmark's floor. A Swift program built and linked exactly like phone-login that does
// nothing but open the terminal with curses, draw a box with the phone form's words, and wait for a key: what any
// Swift program with Foundation and curses costs before it does any work of its own (scripts/benchmark.py).
import CNCursesW
import Foundation

setlocale(LC_ALL, "")
guard let input = fopen("/dev/tty", "r"), let output = fopen("/dev/tty", "w"), let screen = newterm(nil, output, input) else {
    FileHandle.standardError.write(Data("phone-login-floor: no terminal\n".utf8))
    exit(2)
}
set_term(screen)
cbreak()
noecho()
let window = pl_stdscr()!
let width = Int(getmaxx(window))
let line = String(repeating: "─", count: max(0, min(width, 60) - 2))
for (row, text) in ["┌" + line + "┐", "│ Phone number", "└" + line + "┘", " Esc quit"].enumerated() {
    mvwaddstr(window, Int32(row + 2), 2, text)
}
wrefresh(window)
_ = wgetch(window)
endwin()
delscreen(screen)
