import PhoneLoginFlow

/// Where views draw: a grid of character cells. Curses is one implementation, `CellGrid` (memory) another.
public protocol Canvas {
    /// Columns and rows.
    var width: Int { get }
    /// Rows.
    var height: Int { get }
    /// Blanks every cell.
    mutating func clear()
    /// Writes `text` from (row, column), clipped at the right edge; one cell a character, two a wide one.
    mutating func put(_ text: String, row: Int, column: Int, style: TextStyle)
    /// Where the terminal cursor shows (a field being typed into), or nil to hide it.
    mutating func placeCursor(row: Int, column: Int)
    /// Hides the cursor.
    mutating func hideCursor()
    /// Writes `count` copies of one character from (row, column), clipped like `put` (a frame's edge, a bar).
    mutating func put(repeating character: Unicode.Scalar, count: Int, row: Int, column: Int, style: TextStyle)
}

extension Canvas {
    /// Writes `count` copies of one character: as a string, unless the canvas has a quicker way.
    public mutating func put(repeating character: Unicode.Scalar, count: Int, row: Int, column: Int, style: TextStyle) {
        put(String(repeating: Character(character), count: max(0, count)), row: row, column: column, style: style)
    }

    /// Draws a box with an optional title in its top edge.
    public mutating func box(row: Int, column: Int, width: Int, height: Int, title: String? = nil, style: TextStyle = .frame) {
        guard width >= 2, height >= 2 else { return }
        let inner = width - 2
        var lineStart = column + 1
        if let title, inner > 4 {
            let shown = " " + title.prefix(cells: inner - 4) + " "
            put("┌─" + shown, row: row, column: column, style: style)
            lineStart = column + 2 + shown.cellWidth
        } else {
            put("┌", row: row, column: column, style: style)
        }
        put(repeating: "─", count: column + width - 1 - lineStart, row: row, column: lineStart, style: style)
        put("┐", row: row, column: column + width - 1, style: style)
        for line in 1..<(height - 1) {
            put("│", row: row + line, column: column, style: style)
            put("│", row: row + line, column: column + width - 1, style: style)
        }
        put("└", row: row + height - 1, column: column, style: style)
        put(repeating: "─", count: inner, row: row + height - 1, column: column + 1, style: style)
        put("┘", row: row + height - 1, column: column + width - 1, style: style)
    }

    /// Fills a row from `column` with spaces in `style` (a bar's background).
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: TextStyle) {
        put(repeating: " ", count: width ?? (self.width - column), row: row, column: column, style: style)
    }

    /// Writes at most `width` cells of `text` (the rest of a line that would cross a box's edge is left out).
    public mutating func put(_ text: String, row: Int, column: Int, width: Int, style: TextStyle) {
        put(text.cellWidth <= width ? text : text.prefix(cells: max(0, width)), row: row, column: column, style: style)
    }
}
