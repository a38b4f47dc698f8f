import Foundation
@testable import PhoneAuthModel
import Testing

/// The country search's fold and the glyphs' base letters, now the standard library's and a generated table's, give
/// what Foundation's NSString gave (it pulled ICU into the static binary): Foundation is the judge here, in the test
/// binary only.
@Suite struct TextFoldTests {
    /// Foundation's folding, as the search used it.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test("every country's name in every language folds as Foundation folded it", arguments: Language.allCases)
    func names(_ language: Language) {
        for country in Country.all {
            let name = country.name(in: language)
            #expect(TextFold.caseAndAccentsRemoved(name) == Self.foundationFold(name), "\(language) \(country.code): \(name)")
        }
        for country in Country.all {
            #expect(TextFold.caseAndAccentsRemoved(country.name) == Self.foundationFold(country.name), "metadata: \(country.name)")
        }
    }

    /// The scripts a visitor types a country's name in: Latin with its accented letters, Greek, Cyrillic, kana, Han,
    /// full-width Latin and half-width kana.
    static let typed: [ClosedRange<UInt32>] = [
        0x20...0x24F, 0x370...0x52F, 0x1E00...0x1FFF, 0x3041...0x30FF, 0x4E00...0x4EFF, 0xFF01...0xFF9D,
    ]

    /// The marks typed after a letter (combining accents, Cyrillic titlo, the kana voicing marks).
    static let marks: [UInt32] = Array(0x300...0x36F) + [0x483, 0x3099, 0x309A, 0xFF9E]

    @Test("every letter and sign of those scripts, alone and with each combining mark after it, folds as Foundation's", arguments: typed)
    func letters(_ range: ClosedRange<UInt32>) {
        var differences: [String] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned,
                  !scalar.properties.isGraphemeExtend else { continue }
            var texts = [String(scalar)]
            if scalar.properties.isAlphabetic {
                texts += Self.marks.compactMap(Unicode.Scalar.init).map { String(String.UnicodeScalarView([scalar, $0])) }
            }
            for text in texts where TextFold.caseAndAccentsRemoved(text) != Self.foundationFold(text) {
                differences.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(differences.isEmpty, "folded otherwise than Foundation: \(differences.prefix(20))")
    }

    @Test("examples the search relies on", arguments: [
        ("Ägypten", "agypten"), ("Côte d’Ivoire", "cote d’ivoire"), ("Türkiye", "turkiye"), ("Straße", "strasse"),
        ("ΕΛΛΆΔΑ", "ελλαδα"), ("Йемен", "иемен"), ("ガーナ", "ガーナ"), ("德国", "德国"), ("e\u{301}", "e"),
    ])
    func examples(_ text: String, _ folded: String) {
        #expect(TextFold.caseAndAccentsRemoved(text) == folded)
        #expect(Self.foundationFold(text) == folded)
    }

    @Test("a scalar's canonical decomposition is Foundation's, Hangul included")
    func decompositions() {
        var differences: [String] = []
        for value in UInt32(0x20)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let expected = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            if CanonicalDecomposition.of(scalar) != expected { differences.append(String(value, radix: 16)) }
        }
        #expect(differences.isEmpty, "decomposed otherwise than Foundation: \(differences.prefix(20))")
    }
}
