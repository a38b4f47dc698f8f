/// Text with case and accents taken off, as Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive],
/// locale: nil)` gives it (`Ägypten` → `agypten`, `Côte` → `cote`, `Straße` → `strasse`), in the standard library
/// alone: NSString's folding brings CoreFoundation and ICU's 30 MB of data into the static binary (issue 24).
///
/// Foundation's rules, kept: a character whose base letter, case folded, is of the Latin, Greek and Cyrillic blocks
/// (below U+0510, and most of U+1E00…U+1FFF) is decomposed, loses every mark and is case folded; another character that has a case
/// loses its case only (the marks after it stay); one without a case loses the marks after it, except the kana voicing
/// marks (ガ stays ガ). Marks with nothing before them stay. Case goes by full case folding.
public enum TextFold {
    /// `text` with case and accents taken off.
    public static func caseAndAccentsRemoved(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for character in text {
            let scalars = Array(character.unicodeScalars)
            guard let first = scalars.first else { continue }
            let decomposed = CanonicalDecomposition.of(first)
            if first.properties.isGraphemeExtend {
                for scalar in scalars { append(caseFolded: scalar, to: &folded) }
            } else if let letter = caseFolded(decomposed[0]).first, isDecomposed(letter) {
                for scalar in decomposed + scalars.dropFirst().flatMap(CanonicalDecomposition.of) where !scalar.properties.isGraphemeExtend {
                    append(caseFolded: scalar, to: &folded)
                }
            } else if caseFolded(first) != [first] {
                folded.append(contentsOf: caseFolded(first) + scalars.dropFirst())
            } else {
                folded.append(first)
                folded.append(contentsOf: scalars.dropFirst().filter { !$0.properties.isGraphemeExtend || kanaVoicing.contains($0.value) })
            }
        }
        return String(folded)
    }

    /// Whether a letter, once its case is folded, is of the blocks whose letters lose their marks (Latin, Greek,
    /// Cyrillic: below U+0510, and Latin Extended Additional and Greek Extended's letters but for the medieval ones
    /// that Foundation's folding leaves alone).
    private static func isDecomposed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case ..<0x510, 0x1E00...0x1E9B, 0x1E9E, 0x1EA0...0x1EF9: true
        case 0x1F00...0x1FFF: scalar.properties.isAlphabetic
        default: false
        }
    }

    /// The kana voicing marks, which a kana keeps (゙ ゚, and the half-width ﾞ ﾟ).
    private static let kanaVoicing: Set<UInt32> = [0x3099, 0x309A, 0xFF9E, 0xFF9F]

    /// `scalar`'s full case folding.
    private static func caseFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        CanonicalDecomposition.caseFolding(of: scalar) ?? Array(scalar.properties.lowercaseMapping.unicodeScalars)
    }

    private static func append(caseFolded scalar: Unicode.Scalar, to folded: inout String.UnicodeScalarView) {
        folded.append(contentsOf: caseFolded(scalar))
    }
}
