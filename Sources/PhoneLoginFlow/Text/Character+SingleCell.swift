extension Character {
    /// Whether a terminal surely shows this character in exactly one cell: one scalar, a letter, digit, punctuation,
    /// symbol or space, and not East Asian wide or an emoji. Controls, escape sequences' bytes, format characters
    /// (bidi overrides, zero-width spaces), combining marks and wide characters are not.
    public var fitsOneCell: Bool {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
            break
        default:
            return false
        }
        if scalar.properties.isEmojiPresentation { return false }
        switch scalar.value {
        case 0x20..<0x1100: return true
        // General punctuation to dingbats, box drawing and braille (the UI's own frame, spinner and marks), but not
        // the two wide angle brackets.
        case 0x2000..<0x2E80: return scalar.value != 0x2329 && scalar.value != 0x232A
        default: return false
        }
    }

    /// The character itself when it shows in one cell, else its code points, e.g. `U+0301`.
    public var shownSafely: String {
        if fitsOneCell { return String(self) }
        return unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }
}
