import CNCursesW
import PhoneLoginFlow
import PhoneLoginUI

/// The curses implementation of `Canvas`: writes cells into the curses window.
///
/// `present(_:over:)` copies a frame drawn in memory, touching only the rows that changed since the last one.
struct CursesCanvas: Canvas {
    let session: TerminalSession
    let width: Int
    let height: Int
    private var cursor: (row: Int, column: Int)?

    init(session: TerminalSession) {
        self.session = session
        (width, height) = session.size
    }

    mutating func clear() { werase(session.window) }

    mutating func put(_ text: String, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < height else { return }
        let (attrs, pair) = session.attributes(for: style)
        let skipped = max(0, -column)
        let visible = text.dropFirst(skipped).prefix(cells: max(0, width - max(0, column)))
        guard !visible.isEmpty else { return }
        wmove(session.window, Int32(row), Int32(max(0, column)))
        for character in visible { write(CellGrid.cellScalar(character), attrs: attrs, pair: pair) }
    }

    mutating func placeCursor(row: Int, column: Int) { cursor = (row, column) }

    mutating func hideCursor() { cursor = nil }

    /// Copies `frame` to the window (cells equal to `previous`'s are skipped), places the cursor, and updates the terminal.
    mutating func present(_ frame: CellGrid, over previous: CellGrid?) {
        let sameSize = previous?.width == frame.width && previous?.height == frame.height
        if !sameSize { werase(session.window) }
        let old = sameSize ? previous?.cells : nil
        var lastStyle: TextStyle?
        var attributes = (attrs: attr_t(0), pair: Int16(0))
        for row in 0..<min(frame.height, height) {
            let base = row * frame.width
            var next: Int? = nil  // the column the window's cursor is at after the last write on this row
            for column in 0..<min(frame.width, width) {
                // The bottom-right cell would scroll some terminals: leave it.
                if row == height - 1, column == width - 1 || (column == width - 2 && Character(frame.cells[base + column].scalar).isWide) { break }
                let cell = frame.cells[base + column]
                if let old, old[base + column] == cell { continue }
                // The second half of a wide character: curses drew it with the first (a terminal that cannot show it,
                // ASCII or a Linux console, gets a "?" for each half).
                if cell.isContinuation, session.glyphs.wide { continue }
                if next != column { wmove(session.window, Int32(row), Int32(column)) }
                if cell.style != lastStyle {
                    attributes = session.attributes(for: cell.style)
                    lastStyle = cell.style
                }
                write(cell.isContinuation ? "?" : cell.scalar, attrs: attributes.attrs, pair: attributes.pair)
                next = column + (session.glyphs.wide && Character(cell.scalar).isWide ? 2 : 1)
            }
        }
        if let position = frame.cursor {
            curs_set(1)
            wmove(session.window, Int32(position.row), Int32(position.column))
        } else {
            curs_set(0)
        }
        wrefresh(session.window)
    }

    private func write(_ scalar: Unicode.Scalar, attrs: attr_t, pair: Int16) {
        if session.unicode {
            // A symbol the console's font lacks becomes its stand-in (the font's own, else ASCII).
            let shown = session.glyphs.showsEverything ? scalar : GlyphFallback.drawn(scalar, on: session.glyphs)
            pl_add_wch(session.window, wchar_t(bitPattern: shown.value), attrs, pair)
            return
        }
        if let line = Self.lineCharacter(Character(scalar)) {
            waddch(session.window, line | chtype(attrs) | chtype(pl_color_pair(pair)))
            return
        }
        pl_add_wch(session.window, wchar_t(bitPattern: GlyphFallback.drawn(scalar, on: .ascii).value), attrs, pair)
    }

    /// The terminal's own line-drawing character for a box character (when the locale is not UTF-8).
    static func lineCharacter(_ character: Character) -> chtype? {
        switch character {
        case "┌": pl_acs_ulcorner()
        case "┐": pl_acs_urcorner()
        case "└": pl_acs_llcorner()
        case "┘": pl_acs_lrcorner()
        case "─": pl_acs_hline()
        case "│": pl_acs_vline()
        default: nil
        }
    }
}
