import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// The country named in the visitor's language on every screen that names one: the form's country line, its hint,
/// a length error, the picker (its order and its search), and the kiosk, rendered into the in-memory grid.
@Suite("Country names in the visitor's language, rendered into the grid")
struct CountryLanguageViewTests {
    typealias H = RenderHarness

    static func settings(_ language: Language, _ code: String?) -> FlowSettings {
        var settings = FlowSettings(language: language)
        settings.numberRules = NumberRules(country: code.flatMap { Country(code: $0) })
        return settings
    }

    @Test("the form's country line and the hint under the field name the country in the language", arguments: [
        (Language.german, "Land  Deutschland (+49)", "Nummer wie in Deutschland üblich eingeben"),
        (.japanese, "国  ドイツ (+49)", "ドイツ での書き方で番号を入力する"),
        (.russian, "Страна  Германия (+49)", "как принято в стране Германия"),
        (.french, "Pays  Allemagne (+49)", "comme en Allemagne"),
    ])
    func form(_ language: Language, _ line: String, _ hint: String) {
        let (flow, now) = H.flow(Self.settings(language, "DE"), [])
        let grid = H.render(flow, at: now)
        #expect(grid.line(3).contains(line), "\(grid.line(3))")
        #expect(KioskViewTests.prose(grid).contains(hint), "\(KioskViewTests.prose(grid))")
        #expect(!grid.lines.joined().contains("Germany"), "no English name on a \(language) screen")
    }

    @Test("a number too long for the country: the error names it in the language", arguments: [
        (Language.german, "lang für eine Nummer in Deutschland"), (.japanese, "ドイツ の番号"),
        (.russian, "длинный для номера в стране Германия"),
    ])
    func lengthError(_ language: Language, _ expected: String) {
        let (flow, now) = H.flow(Self.settings(language, "DE"), H.typing("0151 1234 5678 9012 3"))
        let prose = KioskViewTests.prose(H.render(flow, at: now))
        #expect(prose.contains(expected), "\(prose)")
    }

    @Test("the picker lists the countries in the language's order, named in it", arguments: [
        (Language.german, ["Afghanistan", "Ägypten", "Ålandinseln", "Albanien"]),
        (.russian, ["Австралия", "Австрия", "Азербайджан"]),
        (.japanese, ["アイスランド", "アイルランド", "アゼルバイジャン"]),
    ])
    func pickerOrder(_ language: Language, _ names: [String]) throws {
        let (flow, now) = H.flow(Self.settings(language, nil), [(.key(.tab), .zero)])
        let grid = H.render(flow, at: now)
        for (offset, name) in names.enumerated() {
            let found = try #require(grid.find(name), "\(name) in \(grid.lines)")
            #expect(found.row == 4 + offset, "\(name) is entry \(offset + 1)")
        }
        #expect(grid.line(4).contains("▸ " + names[0]))
    }

    @Test("typing in the picker finds the country by its name in the language, its English name or its code", arguments: [
        (Language.german, "deut", "Deutschland", "DE  +49"), (.german, "germ", "Deutschland", "DE  +49"),
        (.russian, "герм", "Германия", "DE  +49"), (.russian, "germ", "Германия", "DE  +49"),
        (.japanese, "jap", "日本", "JP  +81"), (.japanese, "81", "日本", "JP  +81"),
    ])
    func pickerSearch(_ language: Language, _ query: String, _ name: String, _ code: String) throws {
        let (flow, now) = H.flow(Self.settings(language, nil), [(.key(.tab), .zero)] + H.typing(query))
        let grid = H.render(flow, at: now)
        #expect(grid.line(4).contains("▸ " + name), "\(grid.line(4))")
        #expect(grid.line(4).hasSuffix(code + "  │"))
    }

    @Test("Enter picks: the form names the picked country in the language")
    func picks() {
        let (flow, now) = H.flow(Self.settings(.german, nil), [(.key(.tab), .zero)] + H.typing("schweiz") + [(.key(.enter), .zero)])
        #expect(H.render(flow, at: now).line(3).contains("Land  Schweiz (+41)"))
    }

    @Test("the kiosk names the country in the visitor's language, and in the next one after the language key")
    func kiosk() throws {
        let settings = KioskSettings(flow: Self.settings(.english, "DE"))
        let (english, now) = KioskViewTests.kiosk([], settings: settings)
        #expect(KioskViewTests.render(english, at: now).find("Germany (+49)") != nil)
        let (german, later) = KioskViewTests.kiosk([(.flow(.key(.control(KioskSession.languageKey))), .zero)], settings: settings)
        let grid = KioskViewTests.render(german, at: later)
        #expect(grid.find("Land  Deutschland (+49)") != nil, "\(grid.lines)")
        #expect(KioskViewTests.prose(grid).contains("wie in Deutschland üblich"))
        #expect(!grid.lines.joined().contains("Germany"))
    }
}
