extension Character {
    /// Whether a terminal shows this character in two cells: one scalar, printable, East Asian Wide or Fullwidth
    /// (Hangul Jamo, CJK ideographs and punctuation, kana, Hangul syllables, fullwidth forms; not emoji).
    public var isWide: Bool {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .nonspacingMark, .enclosingMark, .spacingMark,
             .lineSeparator, .paragraphSeparator:
            return false
        default:
            break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2329, 0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The cells a screen gives it: two for a wide character, one for anything else (what cannot be shown in one
    /// cell is shown as one U+FFFD).
    public var cellWidth: Int { isWide ? 2 : 1 }
}

extension StringProtocol {
    /// The cells the text takes on a terminal (East Asian wide characters two each).
    public var cellWidth: Int {
        var total = 0
        for character in self { total += character.cellWidth }
        return total
    }

    /// The longest start of the text that fits in `cells` cells (a wide character that would stick out is left out).
    public func prefix(cells: Int) -> String {
        var used = 0
        var end = startIndex
        for index in indices {
            let width = self[index].cellWidth
            if used + width > cells { break }
            used += width
            end = self.index(after: index)
        }
        return String(self[startIndex..<end])
    }
}
