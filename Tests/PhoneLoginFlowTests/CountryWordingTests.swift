import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("What the two modes say about countries")
struct CountryWordingTests {
    @Test("the plain prompt names the country assumed", arguments: [("DE", "Phone number (Germany, +49): "), (nil, "Phone number: ")] as [(String?, String)])
    func prompt(_ example: (String?, String)) {
        #expect(PlainWording.phonePrompt(for: example.0.flatMap { Country(code: $0) }) == example.1)
    }

    @Test("a number without + and no country: plain mode says how to choose one; with a country it has no need to")
    func chooseCountry() {
        var settings = FlowSettings()
        let without = LoginFlow(settings: settings)
        let lines = PlainWording.lines(for: .invalidPhone(.missingPlus(digits: 12)), in: without, at: .now)
        #expect(lines.last == PlainWording.chooseCountry())
        settings.numberRules = NumberRules(country: Country(code: "DE"))
        let with = LoginFlow(settings: settings)
        #expect(!PlainWording.lines(for: .invalidPhone(.missingPlus(digits: 12)), in: with, at: .now).contains(PlainWording.chooseCountry()))
    }

    @Test("the hint under an empty field names the country")
    func emptyHint() {
        #expect(FlowWording.phoneHint(for: .empty, country: Country(code: "JP")) == "Type the number as you would in Japan, or + and the country code.")
        #expect(FlowWording.phoneHint(for: .empty, country: nil) == "Type + and the country code, e.g. +1 415 555 0100.")
    }

    @Test("the plain prompt and the hint name the country in the visitor's language", arguments: [
        (Language.german, "Telefonnummer (Deutschland, +49): ", "Nummer wie in Deutschland üblich eingeben oder + und die Ländervorwahl."),
        (.japanese, "電話番号（ドイツ、+49）: ", "ドイツ での書き方で番号を入力するか、+ と国番号から入力してください。"),
        (.russian, "Номер телефона (Германия, +49): ", "Введите номер так, как принято в стране Германия, или + и код страны."),
        (.english, "Phone number (Germany, +49): ", "Type the number as you would in Germany, or + and the country code."),
    ])
    func localisedPromptAndHint(_ language: Language, _ prompt: String, _ hint: String) {
        let germany = Country(code: "DE")
        #expect(PlainWording.phonePrompt(for: germany, in: language) == prompt)
        #expect(FlowWording.phoneHint(for: .empty, country: germany, in: language) == hint)
        #expect(FlowWording.countryName(germany!, in: language) == germany!.name(in: language) + " (+49)")
    }

    @Test("a length error names the country in the visitor's language", arguments: [
        (Language.german, "zu lang für eine Nummer in Deutschland"), (.japanese, "ドイツ の番号としては長すぎます"),
        (.russian, "слишком длинный для номера в стране Германия"), (.french, "trop long pour un numéro en Allemagne"),
        (.brazilianPortuguese, "longo demais para um número do país Alemanha"),
    ])
    func lengthError(_ language: Language, _ expected: String) {
        let message = ErrorWording.message(for: .impossibleLength(digits: 16, country: "DE"), in: language)
        #expect(message.contains(expected), "\(message)")
        #expect(!message.contains("Germany"))
    }

    @Test("the picker lists, sorts and searches in the visitor's language; another language keeps the highlighted country")
    func picker() {
        var picker = CountryPicker(current: Country(code: "DE"), language: .german)
        // Afghanistan, Ägypten, Ålandinseln, Albanien: German sorts Ä and Å as A.
        #expect(picker.matches.prefix(4).map(\.code) == ["AF", "EG", "AX", "AL"])
        #expect(picker.chosen?.code == "DE")
        picker.language = .russian
        #expect(picker.chosen?.code == "DE", "still Германия")
        #expect(picker.matches.first?.code == "AU", "Австралия first")
        for character in "шве" { picker.handle(.character(character)) }
        #expect(picker.matches.map(\.code) == ["CH", "SE"], "Швейцария, Швеция")
        picker.handle(.clearLine)
        // English names are searched too: names starting with "sw" (Switzerland, Sweden, Swaziland), then containing it (Botswana).
        for character in "sw" { picker.handle(.character(character)) }
        #expect(picker.matches.map(\.code) == ["CH", "SE", "SZ", "BW"], "Швейцария, Швеция, Эсватини; Ботсвана")
        picker.language = .german
        #expect(picker.matches.map(\.code) == ["SZ", "SE", "CH", "BW"], "the same query in German's order: Eswatini, Schweden, Schweiz; Botsuana")
    }

    @Test("the kiosk's language key with the picker open: the list in the next language, the same country highlighted")
    func kioskKeyInPicker() {
        var settings = FlowSettings()
        settings.numberRules = NumberRules(country: Country(code: "JP"))
        var driver = KioskDriver(KioskSettings(flow: settings))
        _ = driver.press(.tab)
        #expect(driver.kiosk.flow.picker?.matches.first?.code == "AF")
        _ = driver.press(.control(KioskSession.languageKey))
        #expect(driver.kiosk.flow.settings.language == .german)
        #expect(driver.kiosk.flow.picker?.language == .german)
        #expect(driver.kiosk.flow.picker?.matches.prefix(2).map(\.code) == ["AF", "EG"])
        #expect(driver.kiosk.flow.picker?.chosen?.code == "JP")
    }
}
