/// Where views draw: a grid of character cells. Curses is one implementation, `CellGrid` (memory) another.
public protocol Canvas {
    /// Columns and rows.
    var width: Int { get }
    /// Rows.
    var height: Int { get }
    /// Blanks every cell.
    mutating func clear()
    /// Writes `text` from (row, column), clipped at the right edge; one cell a character.
    mutating func put(_ text: String, row: Int, column: Int, style: TextStyle)
    /// Where the terminal cursor shows (a field being typed into), or nil to hide it.
    mutating func placeCursor(row: Int, column: Int)
    /// Hides the cursor.
    mutating func hideCursor()
}

extension Canvas {
    /// Draws a box with an optional title in its top edge.
    public mutating func box(row: Int, column: Int, width: Int, height: Int, title: String? = nil, style: TextStyle = .frame) {
        guard width >= 2, height >= 2 else { return }
        let inner = width - 2
        var top = "┌" + String(repeating: "─", count: inner) + "┐"
        if let title, inner > 4 {
            let shown = " " + String(title.prefix(inner - 4)) + " "
            top = "┌─" + shown + String(repeating: "─", count: max(0, inner - 1 - shown.count)) + "┐"
        }
        put(top, row: row, column: column, style: style)
        for line in 1..<(height - 1) {
            put("│", row: row + line, column: column, style: style)
            put("│", row: row + line, column: column + width - 1, style: style)
        }
        put("└" + String(repeating: "─", count: inner) + "┘", row: row + height - 1, column: column, style: style)
    }

    /// Writes at most `width` characters of `text` (the rest of a line that would cross a box's edge is left out).
    public mutating func put(_ text: String, row: Int, column: Int, width: Int, style: TextStyle) {
        put(text.count <= width ? text : String(text.prefix(max(0, width))), row: row, column: column, style: style)
    }

    /// Fills a row from `column` with spaces in `style` (a bar's background).
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: TextStyle) {
        put(String(repeating: " ", count: max(0, width ?? (self.width - column))), row: row, column: column, style: style)
    }
}
