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
}
