import PhoneLoginFlow

/// A canvas in memory: what tests render into and read back row by row, and what the terminal's frames are drawn in.
///
/// A cell is a single Unicode scalar and a style, so a grid is plain data: drawing a frame, comparing two frames and
/// throwing one away cost no reference counting and no grapheme breaking. A wide character (CJK, two cells on a
/// terminal) takes its cell and the next, which holds `Cell.continuation`.
public struct CellGrid: Canvas, Equatable, Sendable {
    /// One cell: a character and its style.
    public struct Cell: Equatable, Sendable {
        /// The character shown, always one scalar that a terminal shows in one cell, or in two (a wide character,
        /// whose second cell holds U+0000).
        public var scalar: Unicode.Scalar
        /// Its style.
        public var style: TextStyle

        /// The character shown.
        public var character: Character { Character(scalar) }

        /// A blank cell.
        static let blank = Cell(scalar: " ", style: .normal)

        /// Whether this is the second half of a wide character.
        public var isContinuation: Bool { scalar == "\u{0}" }
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
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Blanks every cell.
    public mutating func clear() {
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
        cursor = nil
    }

    /// Writes text, clipped to the grid.
    public mutating func put(_ text: String, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < height, column < width else { return }
        var x = column
        if text.unicodeScalars.allSatisfy(Self.standsAlone) {
            // Each scalar is a character of its own, shown in one cell: no grapheme breaking needed.
            for scalar in text.unicodeScalars {
                if x >= width { break }
                if x >= 0 { set(Cell(scalar: scalar, style: style), at: row * width + x) }
                x += 1
            }
            return
        }
        for character in text {
            if x >= width { break }
            let scalar = Self.cellScalar(character)
            if character.isWide, scalar != "\u{FFFD}" {
                // Both halves in the grid, or a blank where the second would fall outside it.
                if x + 1 >= width {
                    if x >= 0 { set(Cell(scalar: " ", style: style), at: row * width + x) }
                } else if x >= 0 {
                    set(Cell(scalar: scalar, style: style), at: row * width + x)
                    set(Cell(scalar: "\u{0}", style: style), at: row * width + x + 1)
                } else if x == -1 {
                    set(Cell(scalar: " ", style: style), at: row * width)
                }
                x += 2
                continue
            }
            if x >= 0 { set(Cell(scalar: scalar, style: style), at: row * width + x) }
            x += 1
        }
    }

    /// Writes one cell, blanking the other half of a wide character it cuts in two.
    private mutating func set(_ cell: Cell, at index: Int) {
        let column = index % width
        if cells[index].isContinuation, !cell.isContinuation, column > 0 { cells[index - 1] = Cell(scalar: " ", style: cells[index - 1].style) }
        if !cell.isContinuation, column + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(scalar: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Writes `count` copies of one character, clipped to the grid, without building a string.
    public mutating func put(repeating character: Unicode.Scalar, count: Int, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < height else { return }
        let shown = Self.standsAlone(character) ? character : Self.cellScalar(Character(character))
        let first = max(0, column), end = min(width, column + max(0, count))
        guard first < end else { return }
        let cell = Cell(scalar: shown, style: style)
        for x in first..<end { set(cell, at: row * width + x) }
    }

    /// Whether a scalar is one the UI draws all the time that is surely a character of its own in one cell: printable
    /// ASCII, box drawing, block elements, braille (the spinner) and the few marks the screens use. Anything else
    /// goes through `cellCharacter`.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x2500...0x259F, 0x2800...0x28FF: true
        case 0xB7, 0xD7, 0x2013, 0x2014, 0x2022, 0x2026, 0x2713, 0x2717: true
        default: false
        }
    }

    /// What a cell shows for a character, as the one scalar it always is: a line break as a space, and U+FFFD for
    /// anything a terminal would not show in exactly one cell (a control or escape byte, a bidi override, a combining
    /// mark, a wide character), so text from a server can neither shift the screen nor send the terminal a sequence.
    public static func cellScalar(_ character: Character) -> Unicode.Scalar {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex, standsAlone(scalar) {
            return scalar
        }
        if character.isNewline { return " " }
        return character.fitsOneCell || character.isWide ? scalars.first! : "\u{FFFD}"
    }

    /// Shows the cursor at a cell.
    public mutating func placeCursor(row: Int, column: Int) { cursor = (row, column) }

    /// Hides the cursor.
    public mutating func hideCursor() { cursor = nil }

    /// One row as text, trailing spaces removed.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var text = String.UnicodeScalarView(rowCells(row).filter { !$0.isContinuation }.map(\.scalar))
        while text.last == " " { text.removeLast() }
        return String(text)
    }

    /// All rows as text.
    public var lines: [String] { (0..<height).map(line) }

    /// The cells of one row.
    public func rowCells(_ row: Int) -> ArraySlice<Cell> { cells[(row * width)..<((row + 1) * width)] }

    /// The style of one cell.
    public func style(row: Int, column: Int) -> TextStyle { cells[row * width + column].style }

    /// The first (row, column) where `text` appears, or nil.
    public func find(_ text: String) -> (row: Int, column: Int)? {
        for row in 0..<height {
            let shown = line(row)
            if let range = shown.firstRange(of: text) {
                return (row, shown[..<range.lowerBound].cellWidth)
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
