extension Country {
    /// The country's name in `language` as CLDR gives it ("Deutschland", "ドイツ", "Czechia"): what every screen
    /// shows. The metadata's English `name` only if the generated table lacks the country (a test says it never does).
    public func name(in language: Language) -> String {
        CountryNameList.of(language).names[code] ?? name
    }

    /// The CLDR release the names come from.
    public static var namesVersion: String { CountryNames.cldrVersion }

    /// Every country in `language`'s alphabetical order (from the generated table; no collation at run time).
    public static func sortedByName(in language: Language) -> [Country] {
        let list = CountryNameList.of(language)
        let listed = list.order.compactMap { byCode[$0] }
        return listed.count == all.count ? listed : listed + all.filter { list.names[$0.code] == nil }
    }

    /// Every country by ISO code (built on first use, once).
    static let byCode: [String: Country] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
