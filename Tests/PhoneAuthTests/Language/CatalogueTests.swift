@testable import PhoneAuthModel
import Testing

@Suite("Catalogues: one key set, the same placeholders, the plural forms each language needs")
struct CatalogueTests {
    static let english = Catalogue.of(.english)

    @Test("each built-in catalogue reads", arguments: Language.allCases)
    func reads(_ language: Language) throws {
        let catalogue = try Catalogue(language: language, json: CatalogueFiles.json(for: language))
        #expect(catalogue.language == language)
        #expect(!catalogue.entries.isEmpty)
    }

    @Test("English has exactly the keys the code names")
    func englishMatchesTheKeys() {
        #expect(Set(Self.english.entries.keys) == Set(WordKey.allCases.map(\.rawValue)))
    }

    @Test("every language has the keys and placeholders of English, and its own plural forms", arguments: Language.allCases)
    func matchesEnglish(_ language: Language) {
        #expect(CatalogueCheck.problems(of: Catalogue.of(language), against: Self.english) == [])
    }

    @Test("no sentence is left in English outside the English catalogue", arguments: Language.allCases.filter { $0 != .english })
    func translated(_ language: Language) {
        // Words that read the same in many languages (a code, a unit, a brand, a key name) may stay.
        let alike: Set<String> = ["titleBar", "durationSeconds", "durationMinutes", "durationHours", "keyLanguage", "demoShort", "codeLabel",
                                  "labelMode", "labelToken", "modeNoRefresh", "modeRefreshable", "sentenceEnd", "quoted",
                                  "plainSMS", "expiryMinutes", "expiryHours", "spanMinutes", "demoLong", "labelProject"]
        let same = Catalogue.of(language).entries.filter { key, entry in
            !alike.contains(key) && entry.forms.contains { Self.english.entries[key]?.forms.contains($0) == true }
        }
        #expect(same.keys.sorted() == [])
    }

    @Test("the check finds a missing key, an extra key, a lost or renamed placeholder and missing plural forms")
    func checkFindsProblems() throws {
        let broken = try Catalogue(language: .russian, json: Array("""
            {"_comment": "kept out", "quoted": "«{txt}»", "sentenceEnd": ".", "unknown": "x",
             "spanHours": {"one": "{count} час", "other": "{count} часов"}}
            """.utf8))
        let problems = CatalogueCheck.problems(of: broken, against: Self.english)
        #expect(problems.contains("ru: lacks noticeCodeSent"))
        #expect(problems.contains("ru: has an extra key unknown"))
        #expect(problems.contains("ru: quoted names [\"txt\"], not [\"text\"]"))
        #expect(problems.contains("ru: spanHours has the forms [\"one\", \"other\"], not [\"few\", \"many\", \"one\"]"))
        #expect(!problems.contains { $0.contains("_comment") })
    }

    @Test("a catalogue that is not JSON of strings is refused, naming the key")
    func refusesBadShapes() {
        #expect(throws: Catalogue.Unreadable.self) { try Catalogue(language: .german, json: Array("[1]".utf8)) }
        #expect(throws: Catalogue.Unreadable(description: "de: x: neither a string nor an object of strings")) {
            try Catalogue(language: .german, json: Array(#"{"x": 3}"#.utf8))
        }
        #expect(throws: Catalogue.Unreadable(description: "de: x: “two” is not a plural category")) {
            try Catalogue(language: .german, json: Array(#"{"x": {"two": "y"}}"#.utf8))
        }
    }

    @Test("no catalogue holds control characters, tabs or line breaks", arguments: Language.allCases)
    func printable(_ language: Language) {
        let bad = Catalogue.of(language).entries.filter { _, entry in
            entry.forms.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format } }
        }
        #expect(bad.keys.sorted() == [])
    }

    @Test("placeholders are filled and the count picks the form", arguments: [
        (Language.english, 1, "Wrong code. Check the SMS and try again (1 try left)."),
        (.english, 2, "Wrong code. Check the SMS and try again (2 tries left)."),
        (.russian, 1, "Неверный код. Проверьте SMS и попробуйте снова (осталась 1 попытка)."),
        (.russian, 3, "Неверный код. Проверьте SMS и попробуйте снова (осталось 3 попытки)."),
        (.russian, 5, "Неверный код. Проверьте SMS и попробуйте снова (осталось 5 попыток)."),
        (.russian, 21, "Неверный код. Проверьте SMS и попробуйте снова (осталась 21 попытка)."),
        (.japanese, 2, "コードが違います。SMS を確認してもう一度お試しください（残り 2 回）。"),
        (.german, 1, "Falscher Code. Prüfen Sie die SMS und versuchen Sie es erneut (noch 1 Versuch)."),
    ])
    func counted(_ language: Language, _ count: Int, _ expected: String) {
        #expect(language.text(.serverWrongCodeLeft, count: count) == expected)
    }

    @Test("a key a catalogue lacks is said in English")
    func fallsBackToEnglish() throws {
        let sparse = try Catalogue(language: .german, json: Array(#"{"quoted": "„{text}“"}"#.utf8))
        #expect(sparse.text(.quoted, ["text": "x"]) == "„x“")
        #expect(sparse.text(.noticeCodeResent) == "A new code is on its way.")
    }
}
