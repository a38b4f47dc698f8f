/// A scalar's full canonical decomposition (NFD), from a table generated out of the Unicode data
/// (`scripts/generate-decompositions.py`) and Hangul's arithmetic: what Foundation's
/// `decomposedStringWithCanonicalMapping` gives one scalar, without NSString (whose CoreFoundation pulls ICU into the
/// static binary).
public enum CanonicalDecomposition {
    /// `scalar`'s canonical decomposition, itself when it has none.
    public static func of(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if (0xAC00...0xD7A3).contains(value) { return hangul(value) }
        guard let parts = index[value] else { return [scalar] }
        return parts
    }

    /// `scalar`'s full case folding when it is not its lower-case mapping (`ß` → `ss`), else nil.
    static func caseFolding(of scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        foldIndex[scalar.value]
    }

    /// Every scalar with a decomposition, to its decomposition: built from the table the first time it is needed.
    private static let index = parse(table)

    /// Every scalar whose case folding is not its lower-case mapping, to its folding.
    private static let foldIndex = parse(caseFolds)

    /// A generated flat table (`scalar, count, s1 … scount` a scalar) as a dictionary.
    private static func parse(_ numbers: [UInt32]) -> [UInt32: [Unicode.Scalar]] {
        var index: [UInt32: [Unicode.Scalar]] = [:]
        var position = 0
        while position < numbers.count {
            let count = Int(numbers[position + 1])
            index[numbers[position]] = numbers[(position + 2)..<(position + 2 + count)].compactMap(Unicode.Scalar.init)
            position += 2 + count
        }
        return index
    }

    /// A Hangul syllable's leading consonant, vowel and (when it has one) trailing consonant (Unicode §3.12).
    private static func hangul(_ value: UInt32) -> [Unicode.Scalar] {
        let index = value - 0xAC00
        let lead = 0x1100 + index / 588, vowel = 0x1161 + (index % 588) / 28, trail = index % 28
        let parts = trail == 0 ? [lead, vowel] : [lead, vowel, 0x11A7 + trail]
        return parts.compactMap(Unicode.Scalar.init)
    }
}
