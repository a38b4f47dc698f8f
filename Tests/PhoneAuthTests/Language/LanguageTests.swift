import PhoneAuthModel
import Testing

@Suite("Languages: tags, locales, the order they are asked in, plural rules")
struct LanguageTests {
    @Test("a tag or a locale name names a language", arguments: [
        ("de", Language.german), ("de-AT", .german), ("de_DE.UTF-8", .german), ("fr_CA.utf8", .french), ("es_MX", .spanish),
        ("pt-BR", .brazilianPortuguese), ("pt_BR.UTF-8", .brazilianPortuguese), ("pt_PT", .brazilianPortuguese),
        ("ru_RU.UTF-8", .russian), ("ja_JP.UTF-8", .japanese), ("ja", .japanese), ("zh-Hans", .simplifiedChinese),
        ("zh_CN.UTF-8", .simplifiedChinese), ("en_GB.UTF-8", .english), ("C.UTF-8", .english), ("POSIX", .english),
        ("de_DE@euro", .german), ("EN", .english),
    ])
    func tags(_ tag: String, _ language: Language) {
        #expect(Language(tag: tag) == language)
    }

    @Test("a tag of a language not catalogued names none", arguments: ["it_IT.UTF-8", "zh_TW.UTF-8", "zh-Hant", "", "klingon"])
    func unknownTags(_ tag: String) {
        #expect(Language(tag: tag) == nil)
    }

    @Test("the option, then PHONE_LOGIN_LANGUAGE, then LC_ALL, LC_MESSAGES, LANG, else English", arguments: [
        ("fr", ["PHONE_LOGIN_LANGUAGE": "de", "LANG": "ja_JP.UTF-8"], Language.french),
        (nil, ["PHONE_LOGIN_LANGUAGE": "de", "LANG": "ja_JP.UTF-8"], .german),
        (nil, ["LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "ja_JP.UTF-8"], .spanish),
        (nil, ["LC_MESSAGES": "de_DE.UTF-8", "LANG": "ja_JP.UTF-8"], .german),
        (nil, ["LANG": "ja_JP.UTF-8"], .japanese),
        (nil, ["LC_ALL": "", "LANG": "ru_RU.UTF-8"], .russian),
        (nil, ["LC_ALL": "it_IT.UTF-8", "LANG": "de_DE.UTF-8"], .english),
        (nil, ["PHONE_LOGIN_LANGUAGE": "klingon", "LANG": "de_DE.UTF-8"], .german),
        (nil, [:], .english),
    ] as [(String?, [String: String], Language)])
    func resolution(_ option: String?, _ environment: [String: String], _ expected: Language) {
        #expect(Language.resolve(option: option, environment: environment) == expected)
    }

    @Test("outside UTF-8 every language but English falls back to English", arguments: Language.allCases)
    func fallback(_ language: Language) {
        #expect(language.shown(utf8: true) == language)
        #expect(language.shown(utf8: false) == .english)
        #expect(language.needsUTF8 == (language != .english))
    }

    @Test("the plural rules pick CLDR's forms", arguments: [
        (Language.english, [0: PluralCategory.other, 1: .one, 2: .other, 11: .other, 21: .other]),
        (.german, [0: .other, 1: .one, 2: .other]),
        (.spanish, [0: .other, 1: .one, 5: .other]),
        (.french, [0: .one, 1: .one, 2: .other, 100: .other]),
        (.brazilianPortuguese, [0: .one, 1: .one, 2: .other]),
        (.russian, [0: .many, 1: .one, 2: .few, 4: .few, 5: .many, 11: .many, 12: .many, 14: .many, 21: .one, 22: .few, 25: .many,
                    101: .one, 111: .many, 112: .many, 122: .few]),
        (.japanese, [0: .other, 1: .other, 2: .other]),
        (.simplifiedChinese, [1: .other, 3: .other]),
    ])
    func plurals(_ language: Language, _ table: [Int: PluralCategory]) {
        for (count, category) in table { #expect(language.pluralCategory(count) == category, "\(language.tag) \(count)") }
        #expect(Set(table.values).isSubset(of: language.pluralCategories))
    }

    @Test("the language key goes through every language and back")
    func cycle() {
        var seen: [Language] = []
        var language = Language.german
        repeat { seen.append(language); language = language.next } while language != .german
        #expect(Set(seen) == Set(Language.allCases))
        #expect(seen.count == Language.allCases.count)
    }
}
