import PhoneLoginFlow
import PhoneLoginUI

/// A canvas that draws into a grid and keeps every visible character a view tried to put outside the window (which
/// the grid would silently clip).
struct BoundsCheckingCanvas: Canvas {
    /// What was drawn inside the window.
    var grid: CellGrid
    /// "row,column: character" for each visible character put outside the window, and a cursor placed outside it.
    var strays: [String] = []

    var width: Int { grid.width }
    var height: Int { grid.height }

    init(width: Int, height: Int) { grid = CellGrid(width: width, height: height) }

    mutating func clear() { grid.clear() }

    mutating func put(_ text: String, row: Int, column: Int, style: TextStyle) {
        var offset = 0
        for character in text {
            // A wide character takes two cells: both must be inside.
            let cells = character.cellWidth
            if character != " ", !(0..<height).contains(row) || column + offset < 0 || column + offset + cells > width {
                strays.append("\(row),\(column + offset): \(character)")
            }
            offset += cells
        }
        grid.put(text, row: row, column: column, style: style)
    }

    mutating func placeCursor(row: Int, column: Int) {
        if !(0..<height).contains(row) || !(0..<width).contains(column) { strays.append("cursor \(row),\(column)") }
        grid.placeCursor(row: row, column: column)
    }

    mutating func hideCursor() { grid.hideCursor() }
}
