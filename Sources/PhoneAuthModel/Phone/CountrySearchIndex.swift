import Foundation

/// The picker's search in one language: each country in that language's order with the names a search looks in
/// (the one in the language, CLDR's English one, the metadata's), folded once (case and accents removed), so a
/// keystroke compares plain strings. Built the first time a language is searched, once.
struct CountrySearchIndex: Sendable {
    /// A country and its folded names.
    struct Entry: Sendable {
        /// The country.
        let country: Country
        /// Its names, folded, each once.
        let keys: [String]
    }

    /// Every country, in the language's order.
    let entries: [Entry]

    /// The index of `language`'s names.
    init(_ language: Language) {
        entries = Country.sortedByName(in: language).map { country in
            var keys: [String] = []
            for name in [country.name(in: language), country.name(in: .english), country.name] {
                let key = Self.fold(name)
                if !keys.contains(key) { keys.append(key) }
            }
            return Entry(country: country, keys: keys)
        }
    }

    /// Text as the search compares it: case and accents removed (`Ägypten` → `agypten`, `Côte` → `cote`), the same for
    /// every locale.
    static func fold(_ text: String) -> String {
        TextFold.caseAndAccentsRemoved(text)
    }

    /// The index of `language`.
    static func of(_ language: Language) -> CountrySearchIndex {
        switch language {
        case .english: english
        case .german: german
        case .french: french
        case .spanish: spanish
        case .brazilianPortuguese: brazilianPortuguese
        case .russian: russian
        case .japanese: japanese
        case .simplifiedChinese: simplifiedChinese
        }
    }

    private static let english = CountrySearchIndex(.english)
    private static let german = CountrySearchIndex(.german)
    private static let french = CountrySearchIndex(.french)
    private static let spanish = CountrySearchIndex(.spanish)
    private static let brazilianPortuguese = CountrySearchIndex(.brazilianPortuguese)
    private static let russian = CountrySearchIndex(.russian)
    private static let japanese = CountrySearchIndex(.japanese)
    private static let simplifiedChinese = CountrySearchIndex(.simplifiedChinese)
}
