import Foundation

/// Reading a screen as a person does: the row the cursor is on, the text across rows, the countdowns.
extension ScreenModel {
    /// The row the cursor is on.
    var cursorRow: String { rows[row] }

    /// Every row's text, trimmed, joined by single spaces: a wrapped sentence reads as one; `×` read as `x` (a
    /// terminal outside UTF-8 gets the stand-in).
    var flowingText: String {
        rows.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            .replacingOccurrences(of: "×", with: "x")
    }

    /// Whether the cursor sits in a text field (`[` … `]`) right after `typed`, the last row drawn: a frame is over
    /// (curses places the cursor last, and draws from the top).
    func cursorInField(after typed: String) -> Bool {
        let characters = Array(cursorRow)
        guard let open = characters.firstIndex(of: "["), column == open + 1 + typed.count else { return false }
        guard rows.last.map({ !$0.allSatisfy { $0 == " " } }) == true else { return false }
        return String(characters[(open + 1)...]).hasPrefix(typed)
    }

    /// The columns of every `m:ss` countdown on a row.
    func countdownColumns(row: Int) -> Set<Int> {
        let characters = Array(rows[row])
        var columns: Set<Int> = []
        var index = 0
        while index < characters.count {
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end > index, end + 2 < characters.count, characters[end] == ":", characters[end + 1].isNumber, characters[end + 2].isNumber {
                columns.formUnion(index...(end + 2))
                index = end + 3
            } else {
                index = max(end, index + 1)
            }
        }
        return columns
    }

    /// The first countdown after `label` on the screen, in seconds.
    func countdown(after label: String) -> Int? {
        for text in rows {
            guard let range = text.range(of: label) else { continue }
            let rest = text[range.upperBound...].drop { $0 == " " }
            let parts = rest.prefix { $0.isNumber || $0 == ":" }.split(separator: ":")
            guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return nil }
            return minutes * 60 + seconds
        }
        return nil
    }

    /// The cells that differ from `other` (same size), as (row, column).
    func changedCells(from other: ScreenModel) -> [(row: Int, column: Int)] {
        var changed: [(row: Int, column: Int)] = []
        for r in 0..<min(height, other.height) {
            for c in 0..<min(width, other.width) where character(row: r, column: c) != other.character(row: r, column: c) {
                changed.append((r, c))
            }
        }
        return changed
    }
}
