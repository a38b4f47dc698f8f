import CNCursesW
import Foundation
import PhoneLoginUI

/// The terminal in curses mode, opened on `/dev/tty` so stdout stays free for `--output`. Closing restores it.
final class TerminalSession {
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    /// The window everything is drawn in.
    let window: UnsafeMutablePointer<WINDOW>
    /// The file descriptor keys arrive on.
    let inputDescriptor: Int32
    /// Whether the terminal shows colours (and `NO_COLOR` is unset).
    let colors: Bool
    /// Whether the locale is UTF-8 (else box drawing falls back to the terminal's line characters).
    let unicode: Bool
    /// What the terminal can show: ASCII outside UTF-8, else what it was opened with (a Linux console's font).
    let glyphs: GlyphRepertoire
    /// The curses attributes and colour pair of each style, worked out once.
    private var styleAttributes: [TextStyle: (attrs: attr_t, pair: Int16)] = [:]
    private var closed = false

    /// Opens the terminal (`/dev/tty`, or `device` when given); throws when there is none or its type is unknown. With
    /// `rawKeys` (a kiosk) Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals, and flow control is off.
    init(device: TerminalDevice? = nil, rawKeys: Bool = false, glyphs: GlyphRepertoire = .everything) throws {
        setlocale(LC_ALL, "")
        guard let (input, output) = Self.open(device) else { throw TerminalError.noTerminal }
        let environment = device?.environment ?? ProcessInfo.processInfo.environment
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb", let screen = newterm(term, output, input) else {
            fclose(input)
            fclose(output)
            throw TerminalError.unknownTerminal(term.isEmpty ? "(unset)" : term)
        }
        self.screen = screen
        self.input = input
        self.output = output
        self.inputDescriptor = fileno(input)
        set_term(screen)
        window = pl_stdscr()!
        if rawKeys { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, 0)
        // Keys are read before every frame, so curses need not poll the keyboard in the middle of an update.
        typeahead(-1)
        unicode = String(cString: pl_codeset()) == "UTF-8"
        self.glyphs = unicode ? glyphs : .ascii
        let wantsColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        if wantsColor, has_colors() {
            start_color()
            use_default_colors()
            colors = true
            for (index, style) in TextStyle.allCases.enumerated() {
                let (foreground, background) = Self.palette(style)
                init_pair(Int16(index + 1), foreground, background)
            }
        } else {
            colors = false
        }
        for style in TextStyle.allCases { styleAttributes[style] = Self.attributes(for: style, colors: colors) }
        // ncurses 6.4 flushes its output after every cursor movement until the screen has once been left and resumed
        // (until then it takes us for a low-level terminfo program): an update in two places costs three writes, a
        // key's echo arrives in pieces. Leaving and resuming once, before anything is drawn, makes an update one write.
        endwin()
        doupdate()
        writeControl("\u{1B}[?2004h")  // bracketed paste on
    }

    /// The terminal's two streams: `/dev/tty`, or close-on-exec duplicates of the device's descriptors.
    private static func open(_ device: TerminalDevice?) -> (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>)? {
        guard let device else {
            guard let input = fopen("/dev/tty", "r") else { return nil }
            guard let output = fopen("/dev/tty", "w") else { fclose(input); return nil }
            return (input, output)
        }
        let readable = fcntl(device.input, F_DUPFD_CLOEXEC, 0), writable = fcntl(device.output, F_DUPFD_CLOEXEC, 0)
        guard readable >= 0, writable >= 0, let input = fdopen(readable, "r") else {
            [readable, writable].filter { $0 >= 0 }.forEach { Foundation.close($0) }
            return nil
        }
        guard let output = fdopen(writable, "w") else { fclose(input); Foundation.close(writable); return nil }
        return (input, output)
    }

    /// Restores the terminal: bracketed paste off, curses mode left. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        writeControl("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }

    /// The window's size now.
    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// Makes curses take the terminal's new size (after SIGWINCH).
    func resizeToTerminal() {
        var rows: Int32 = 0, columns: Int32 = 0
        guard pl_window_size(inputDescriptor, &rows, &columns) == 0, rows > 0, columns > 0 else { return }
        resizeterm(rows, columns)
        wclear(window)
    }

    /// Reads every key waiting, without blocking.
    func readAvailable() -> [RawInput] {
        var inputs: [RawInput] = []
        var character: wint_t = 0
        while inputs.count < 4_096 {
            let status = wget_wch(window, &character)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                inputs.append(.named(Self.namedKey(Int32(character))))
            } else if let scalar = Unicode.Scalar(UInt32(character)) {
                inputs.append(.scalar(scalar))
            }
        }
        return inputs
    }

    /// The curses attributes and colour pair for a style (a table lookup: this is on the drawing path).
    func attributes(for style: TextStyle) -> (attrs: attr_t, pair: Int16) {
        styleAttributes[style] ?? (pl_a_normal(), 0)
    }

    private static func attributes(for style: TextStyle, colors: Bool) -> (attrs: attr_t, pair: Int16) {
        let index = Int16(TextStyle.allCases.firstIndex(of: style)! + 1)
        if colors {
            // Plain text in the terminal's own colours is pair 0, not a pair of (-1, -1): the same on screen, but curses
            // then needs no attribute change (and no reset after it) around each update of a countdown.
            let look = style.colors
            let pair = look.foreground == nil && look.background == nil ? 0 : index
            return (look.bold ? pl_a_bold() : pl_a_normal(), pair)
        }
        switch style {
        case .titleBar: return (pl_a_reverse(), 0)
        case .banner, .urgent: return (pl_a_reverse() | pl_a_bold(), 0)
        case .label, .error, .success, .strong: return (pl_a_bold(), 0)
        case .field: return (pl_a_underline(), 0)
        case .hint: return (pl_a_dim(), 0)
        case .normal, .frame: return (pl_a_normal(), 0)
        }
    }

    /// The curses colour pair (foreground, background; -1 the terminal's own) of a style's colours.
    private static func palette(_ style: TextStyle) -> (Int16, Int16) {
        let look = style.colors
        return (look.foreground.map { Int16($0.rawValue) } ?? -1, look.background.map { Int16($0.rawValue) } ?? -1)
    }

    private static func namedKey(_ code: Int32) -> NamedKey {
        switch code {
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        default: .other
        }
    }

    /// Writes a control sequence straight to the terminal, after what curses has drawn.
    func writeControl(_ sequence: String) {
        fputs(sequence, output)
        fflush(output)
    }
}
