import Foundation

/// What an xterm would show after the bytes a program wrote: the cells, the cursor, the alternate screen and the
/// modes, from the escape sequences a curses program sends for `TERM=xterm-256color` (cursor moves, erases, scroll
/// regions, line inserts and deletes, `rep`, `ech`). Fed in pieces as they arrive: a sequence or a UTF-8 character
/// cut between two reads is finished by the next. Sequences it does not know are kept in `unknown`, so a test can
/// show them rather than read a wrong screen silently.
struct ScreenModel {
    private(set) var width: Int
    private(set) var height: Int
    private var cells: [[Character]]
    private(set) var row = 0
    private(set) var column = 0
    /// `\e[?1049h` seen last (the alternate screen is up).
    private(set) var alternateScreen = false
    /// `\e[?2004h` seen last (bracketed paste on).
    private(set) var bracketedPaste = false
    /// Sequences not understood, as written.
    private(set) var unknown: [String] = []
    private var pendingWrap = false
    private var top = 0
    private var bottom: Int
    private var saved = (row: 0, column: 0)
    private var lineDrawing = false
    private var last: Character = " "
    private var escape: [UInt8]?
    private var utf8: [UInt8] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
        bottom = height - 1
    }

    /// The rows as text (trailing blanks kept: every row is `width` characters).
    var rows: [String] { cells.map { String($0) } }

    /// The whole screen as one string, rows joined by newlines.
    var text: String { rows.joined(separator: "\n") }

    /// The character at a cell.
    func character(row: Int, column: Int) -> Character { cells[row][column] }

    /// The terminal was resized (as a pty's TIOCSWINSZ does to an xterm): cells kept where they fit.
    mutating func resize(width: Int, height: Int) {
        cells = (0..<height).map { r in (0..<width).map { c in r < self.height && c < self.width ? cells[r][c] : " " } }
        (self.width, self.height) = (width, height)
        (top, bottom) = (0, height - 1)
        row = min(row, height - 1)
        column = min(column, width - 1)
        pendingWrap = false
    }

    mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        if var sequence = escape {
            sequence.append(byte)
            if let done = Self.complete(sequence) {
                escape = nil
                if done { perform(sequence) }
            } else {
                escape = sequence
            }
            return
        }
        if !utf8.isEmpty || byte >= 0x80 {
            utf8.append(byte)
            let expected = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : utf8[0] >= 0xC0 ? 2 : 1
            guard utf8.count >= expected else { return }
            let text = String(decoding: utf8, as: UTF8.self)
            utf8 = []
            text.forEach { put($0) }
            return
        }
        switch byte {
        case 0x1B: escape = [byte]
        case 0x0D: column = 0; pendingWrap = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: column = max(0, column - 1); pendingWrap = false
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8); pendingWrap = false
        case 0x0E: lineDrawing = true
        case 0x0F: lineDrawing = false
        case 0x07, 0x00: break
        case 0x20...0x7E: put(Character(Unicode.Scalar(byte)))
        default: unknown.append(String(format: "control %02x", byte))
        }
    }

    /// Whether an escape sequence is over: nil while it goes on, true when complete, false when dropped.
    private static func complete(_ sequence: [UInt8]) -> Bool? {
        guard sequence.count >= 2 else { return nil }
        switch sequence[1] {
        case UInt8(ascii: "["):
            guard sequence.count >= 3, let final = sequence.last else { return nil }
            return (0x40...0x7E).contains(final) ? true : nil
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return sequence.count >= 3 ? true : nil
        case UInt8(ascii: "]"):
            // An OSC ends with BEL or ST.
            if sequence.last == 0x07 { return false }
            if sequence.count >= 2, sequence.suffix(2) == [0x1B, UInt8(ascii: "\\")] { return false }
            return nil
        default:
            return true
        }
    }

    private mutating func perform(_ sequence: [UInt8]) {
        let kind = sequence[1]
        switch kind {
        case UInt8(ascii: "["): control(sequence)
        case UInt8(ascii: "("): lineDrawing = sequence[2] == UInt8(ascii: "0")
        case UInt8(ascii: ")"), UInt8(ascii: "#"), UInt8(ascii: "="), UInt8(ascii: ">"): break
        case UInt8(ascii: "7"): saved = (row, column)
        case UInt8(ascii: "8"): (row, column) = saved; pendingWrap = false
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): column = 0; lineFeed()
        case UInt8(ascii: "c"): self = ScreenModel(width: width, height: height)
        default: unknown.append(Self.show(sequence))
        }
    }

    private mutating func control(_ sequence: [UInt8]) {
        let body = String(decoding: sequence.dropFirst(2).dropLast(), as: UTF8.self)
        let final = Character(Unicode.Scalar(sequence.last!))
        let privateMode = body.hasPrefix("?") || body.hasPrefix(">")
        let numbers = body.drop { $0 == "?" || $0 == ">" }.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, _ fallback: Int) -> Int {
            guard index < numbers.count, let value = numbers[index], value > 0 else { return fallback }
            return value
        }
        if privateMode {
            guard final == "h" || final == "l" else {
                unknown.append(Self.show(sequence))
                return
            }
            for mode in numbers.compactMap({ $0 }) {
                switch mode {
                case 1049:
                    alternateScreen = final == "h"
                    erase(from: (0, 0), to: (height - 1, width - 1))
                case 2004: bracketedPaste = final == "h"
                default: break  // cursor visibility and blinking, keypad mode
                }
            }
            return
        }
        pendingWrap = final == "m" ? pendingWrap : false
        switch final {
        case "H", "f": row = min(height - 1, number(0, 1) - 1); column = min(width - 1, number(1, 1) - 1)
        case "A": row = max(row >= top ? top : 0, row - number(0, 1))
        case "B": row = min(row <= bottom ? bottom : height - 1, row + number(0, 1))
        case "C": column = min(width - 1, column + number(0, 1))
        case "D": column = max(0, column - number(0, 1))
        case "G", "`": column = min(width - 1, number(0, 1) - 1)
        case "d": row = min(height - 1, number(0, 1) - 1)
        case "X": erase(from: (row, column), to: (row, min(width - 1, column + number(0, 1) - 1)))
        case "b": for _ in 0..<number(0, 1) { put(last) }
        case "K":
            switch number(0, 0) {
            case 1: erase(from: (row, 0), to: (row, column))
            case 2: erase(from: (row, 0), to: (row, width - 1))
            default: erase(from: (row, column), to: (row, width - 1))
            }
        case "J":
            switch number(0, 0) {
            case 1: erase(from: (0, 0), to: (row, column))
            case 2, 3: erase(from: (0, 0), to: (height - 1, width - 1))
            default: erase(from: (row, column), to: (height - 1, width - 1))
            }
        case "r": top = number(0, 1) - 1; bottom = min(height - 1, number(1, height) - 1); row = 0; column = 0
        case "L": if row >= top, row <= bottom { for _ in 0..<number(0, 1) { scrollDown(from: row) } }
        case "M": if row >= top, row <= bottom { for _ in 0..<number(0, 1) { scrollUp(from: row) } }
        case "S": for _ in 0..<number(0, 1) { scrollUp(from: top) }
        case "T": for _ in 0..<number(0, 1) { scrollDown(from: top) }
        case "@":
            let count = min(number(0, 1), width - column)
            cells[row].insert(contentsOf: repeatElement(" ", count: count), at: column)
            cells[row].removeLast(count)
        case "P":
            let count = min(number(0, 1), width - column)
            cells[row].removeSubrange(column..<column + count)
            cells[row].append(contentsOf: repeatElement(" ", count: count))
        case "m", "t", "n", "c", "s", "u", "q", "h", "l": break  // colours, window ops, reports, modes
        default: unknown.append(Self.show(sequence))
        }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            column = 0
            lineFeed()
            pendingWrap = false
        }
        let shown = lineDrawing ? Self.lineCharacter(character) : character
        cells[row][column] = shown
        last = character
        if column == width - 1 {
            pendingWrap = true
        } else {
            column += 1
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row == bottom { scrollUp(from: top) } else { row = min(height - 1, row + 1) }
    }

    private mutating func reverseIndex() {
        pendingWrap = false
        if row == top { scrollDown(from: top) } else { row = max(0, row - 1) }
    }

    private mutating func scrollUp(from first: Int) {
        cells.remove(at: first)
        cells.insert(Array(repeating: " ", count: width), at: bottom)
    }

    private mutating func scrollDown(from first: Int) {
        cells.remove(at: bottom)
        cells.insert(Array(repeating: " ", count: width), at: first)
    }

    private mutating func erase(from start: (Int, Int), to end: (Int, Int)) {
        for r in start.0...end.0 {
            let from = r == start.0 ? start.1 : 0, to = r == end.0 ? end.1 : width - 1
            guard from <= to else { continue }
            for c in from...to { cells[r][c] = " " }
        }
    }

    private static func lineCharacter(_ character: Character) -> Character {
        switch character {
        case "q": "─"
        case "x": "│"
        case "l": "┌"
        case "k": "┐"
        case "m": "└"
        case "j": "┘"
        default: character
        }
    }

    private static func show(_ sequence: [UInt8]) -> String {
        "ESC" + String(decoding: sequence.dropFirst(), as: UTF8.self)
    }
}
