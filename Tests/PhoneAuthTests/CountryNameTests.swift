@testable import PhoneAuthModel
import Testing

/// The countries' names in each language (the generated CLDR table): complete, as CLDR writes them, in each
/// language's alphabetical order, and found by the picker's search in the visitor's language and in English.
@Suite struct CountryNameTests {
    @Test("every country of the country table has a name in every language, and each language lists each country once",
          arguments: Language.allCases)
    func complete(_ language: Language) {
        let list = CountryNameList.of(language)
        let codes = Set(Country.all.map(\.code))
        #expect(list.order.count == codes.count && Set(list.order) == codes, "\(language): the list is the table's countries, each once")
        for country in Country.all {
            let name = list.names[country.code] ?? ""
            #expect(!name.isEmpty && name != country.code, "\(language): no name for \(country.code)")
            #expect(name.allSatisfy { !$0.isNewline && $0 != "¦" }, "\(language) \(country.code): \(name)")
        }
        #expect(Country.sortedByName(in: language).count == Country.all.count)
    }

    @Test("names as CLDR writes them in each language", arguments: [
        ("DE", Language.english, "Germany"), ("DE", .german, "Deutschland"), ("DE", .french, "Allemagne"), ("DE", .spanish, "Alemania"),
        ("DE", .brazilianPortuguese, "Alemanha"), ("DE", .russian, "Германия"), ("DE", .japanese, "ドイツ"), ("DE", .simplifiedChinese, "德国"),
        ("JP", .japanese, "日本"), ("US", .french, "États-Unis"), ("CH", .german, "Schweiz"), ("ES", .spanish, "España"),
        ("GB", .english, "United Kingdom"), ("CZ", .english, "Czechia"), ("CI", .english, "Côte d’Ivoire"), ("TR", .english, "Türkiye"),
    ])
    func names(_ code: String, _ language: Language, _ expected: String) throws {
        #expect(try #require(Country(code: code)).name(in: language) == expected)
    }

    /// The position of a country in `language`'s list.
    static func rank(_ code: String, _ language: Language) -> Int {
        Country.sortedByName(in: language).firstIndex { $0.code == code } ?? -1
    }

    @Test("each language's list in its alphabetical order: accents after their letters, not after Z; kana by sound; Chinese by pinyin",
          arguments: [
              // Afghanistan < Ägypten < Albanien (German sorts Ä as A); Égypte < Espagne < États-Unis < Zambie.
              (Language.german, ["AF", "EG", "AL", "DE", "AT", "ZW"]), (.french, ["EG", "ES", "US", "ZM"]),
              (.english, ["AF", "AX", "AL", "ZW"]), (.spanish, ["DE", "ES", "ZW"]), (.brazilianPortuguese, ["DE", "BR", "ZW"]),
              // Австралия < Германия < Россия < Япония: Cyrillic order, not Latin.
              (.russian, ["AU", "DE", "RU", "JP"]),
              // アイスランド (a-i) < アメリカ (a-me) < イギリス (i) < ドイツ (do) < 日本 (kanji after kana).
              (.japanese, ["IS", "US", "GB", "DE", "JP"]),
              // Kanji by reading (JIS X 0208), not by code point: 韓国 (kan) < 中国 (chū) < 日本 (nichi) < 北朝鮮 (hoku).
              (.japanese, ["KR", "CN", "JP", "KP"]),
              // ー is the vowel it lengthens: スイス (su-i) < スウェーデン (su-u-e) < スーダン (su-u-da); ドイツ (do-i) < トーゴ (to-o).
              (.japanese, ["CH", "SE", "SD"]), (.japanese, ["DE", "TG"]),
              // 阿尔巴尼亚 (a) < 德国 (de) < 法国 (fa) < 日本 (ri) < 中国 (zhong).
              (.simplifiedChinese, ["AL", "DE", "FR", "JP", "CN"]),
          ])
    func order(_ language: Language, _ codes: [String]) {
        let ranks = codes.map { Self.rank($0, language) }
        #expect(!ranks.contains(-1) && ranks == ranks.sorted(), "\(language): \(zip(codes, ranks).map { "\($0)=\($1)" })")
    }

    @Test("the first and last countries of a language's list", arguments: [
        (Language.english, "AF", "ZW"), (.german, "AF", "CY"), (.russian, "AU", "JP"), (.japanese, "IS", "KP"), (.simplifiedChinese, "AL", "HK"),
    ])
    func ends(_ language: Language, _ first: String, _ last: String) {
        let list = Country.sortedByName(in: language)
        #expect(list.first?.code == first, "\(language): \(list.first?.name(in: language) ?? "none")")
        #expect(list.last?.code == last, "\(language): \(list.last?.name(in: language) ?? "none")")
    }

    @Test("the picker's search: the name in the visitor's language, the English names, the ISO and calling codes", arguments: [
        ("deut", Language.german, "DE"), ("germ", .german, "DE"), ("agy", .german, "EG"), ("ÄGY", .german, "EG"), ("schw", .german, "SE"),
        ("герм", .russian, "DE"), ("ГЕРМ", .russian, "DE"), ("germ", .russian, "DE"), ("jap", .japanese, "JP"), ("49", .japanese, "DE"),
        ("ch", .simplifiedChinese, "CH"), ("etats", .french, "US"), ("türk", .english, "TR"), ("turkey", .english, "TR"),
        ("czech", .english, "CZ"), ("swaziland", .english, "SZ"),
    ])
    func search(_ query: String, _ language: Language, _ code: String) {
        #expect(Country.matching(query, in: language).first?.code == code, "\(query) in \(language)")
    }

    @Test("an empty query lists every country in the language's order", arguments: Language.allCases)
    func everyCountry(_ language: Language) {
        #expect(Country.matching("", in: language) == Country.sortedByName(in: language))
    }
}
