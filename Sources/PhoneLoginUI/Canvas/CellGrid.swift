import PhoneLoginFlow

/// A canvas in memory: what tests render into and read back row by row.
public struct CellGrid: Canvas, Equatable, Sendable {
    /// One cell: a character and its style.
    public struct Cell: Equatable, Sendable {
        /// The character shown.
        public var character: Character
        /// Its style.
        public var style: TextStyle
    }

    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the cursor is, if shown.
    public private(set) var cursor: (row: Int, column: Int)?

    /// A blank grid.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(character: " ", style: .normal), count: self.width * self.height)
    }

    /// Blanks every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = Cell(character: " ", style: .normal) }
        cursor = nil
    }

    /// Writes text, clipped to the grid.
    public mutating func put(_ text: String, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < height else { return }
        var x = column
        for character in text {
            if x >= width { break }
            if x >= 0 { cells[row * width + x] = Cell(character: Self.cellCharacter(character), style: style) }
            x += 1
        }
    }

    /// What a cell shows for a character: a line break as a space, and U+FFFD for anything a terminal would not show in
    /// exactly one cell (a control or escape byte, a bidi override, a combining mark, a wide character), so text from a
    /// server can neither shift the screen nor send the terminal a sequence.
    public static func cellCharacter(_ character: Character) -> Character {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return character }
        // The frames' box-drawing characters, drawn on every frame: one cell each, no lookup needed.
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, (0x2500...0x257F).contains(scalar.value) {
            return character
        }
        if character.isNewline { return " " }
        return character.fitsOneCell ? character : "\u{FFFD}"
    }

    /// Shows the cursor at a cell.
    public mutating func placeCursor(row: Int, column: Int) { cursor = (row, column) }

    /// Hides the cursor.
    public mutating func hideCursor() { cursor = nil }

    /// One row as text, trailing spaces removed.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        let text = String(cells[(row * width)..<((row + 1) * width)].map(\.character))
        return String(text.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// All rows as text.
    public var lines: [String] { (0..<height).map(line) }

    /// The style of one cell.
    public func style(row: Int, column: Int) -> TextStyle { cells[row * width + column].style }

    /// The first (row, column) where `text` appears, or nil.
    public func find(_ text: String) -> (row: Int, column: Int)? {
        for row in 0..<height {
            if let range = line(row).range(of: text) {
                return (row, line(row).distance(from: line(row).startIndex, to: range.lowerBound))
            }
        }
        return nil
    }

    /// Grids are equal when every cell and the cursor are.
    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }
}
