import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("National numbers, the length check and the country picker in the flow")
struct CountryFlowTests {
    static func settings(_ code: String?, checked: Bool = true) -> FlowSettings {
        var settings = FlowSettings()
        settings.numberRules = NumberRules(country: code.flatMap { Country(code: $0) }, checksLength: checked)
        return settings
    }

    static func started(_ effects: [FlowEffect]) -> PhoneNumber? {
        effects.lazy.compactMap { effect -> PhoneNumber? in
            if case .startAuth(_, let phone) = effect { phone } else { nil }
        }.first
    }

    @Test("a national number typed in the default country is sent as E.164", arguments: [
        ("DE", "0151 1234 5678", "+4915112345678"), ("IT", "06 1234 5678", "+390612345678"), ("RU", "8 912 345-67-89", "+79123456789"),
        ("US", "1 (415) 555-0100", "+14155550100"), ("GB", "+49 151 12345678", "+4915112345678"),
    ])
    func sendsNational(_ example: (String, String, String)) {
        var driver = FlowDriver(Self.settings(example.0))
        driver.type(example.1)
        #expect(Self.started(driver.send(.key(.enter)))?.e164 == example.2)
    }

    @Test("an impossible length is refused before any request, and sent with the check off")
    func lengthCheck() {
        var driver = FlowDriver(Self.settings("US"))
        driver.type("415 555 010")
        #expect(Self.started(driver.send(.key(.enter))) == nil, "no SMS is spent on it")
        #expect(driver.flow.notice == .invalidPhone(.impossibleLength(digits: 9, country: "US")))
        var unchecked = FlowDriver(Self.settings("US", checked: false))
        unchecked.type("415 555 010")
        #expect(Self.started(unchecked.send(.key(.enter)))?.e164 == "+1415555010")
    }

    @Test("without a country a national number asks for + (and the hint says how to pick a country)")
    func noCountry() {
        var driver = FlowDriver(Self.settings(nil))
        driver.type("0151 1234 5678")
        #expect(driver.flow.phoneRejection == .missingPlus(digits: 12))
        #expect(FlowWording.phoneHint(for: driver.flow.phoneRejection, country: nil).contains("Tab to pick a country"))
    }

    @Test("Tab moves to the country and back; Esc leaves it unchanged; Enter picks the highlighted one")
    func focus() {
        var driver = FlowDriver(Self.settings("DE"))
        driver.type("030 1234567")
        driver.send(.key(.tab))
        #expect(driver.flow.focus == .country)
        #expect(driver.flow.picker?.chosen?.code == "DE", "the current country is highlighted")
        driver.type("fra")
        #expect(driver.flow.picker?.chosen?.code == "FR")
        driver.send(.key(.escape))
        #expect(driver.flow.focus == .number && driver.flow.numberRules.country?.code == "DE", "Esc goes back without a change")
        #expect(driver.flow.exit == nil, "and does not quit")
        driver.send(.key(.backTab))
        driver.type("33")
        driver.send(.key(.enter))
        #expect(driver.flow.numberRules.country?.code == "FR")
        #expect(driver.flow.phoneField.text == "030 1234567", "the number typed is kept")
        #expect((try? driver.flow.phoneReading.get())?.e164 == "+33301234567", "and read again in the new country")
    }

    @Test("a whole line (plain mode) is read as typed: a letter is named, a number is sent")
    func phoneLine() {
        var driver = FlowDriver(Self.settings("DE"))
        driver.send(.phoneLine("0151 12x45678"))
        #expect(driver.flow.notice == .invalidPhone(.invalidCharacter("x", position: 7)))
        #expect(Self.started(driver.send(.phoneLine("0151 1234 5678")))?.e164 == "+4915112345678")
    }

    @Test("each kiosk visitor starts in the event's country")
    func kioskCountry() {
        let now = ContinuousClock.now
        var kiosk = KioskSession(settings: KioskSettings(flow: Self.settings("JP")), at: now)
        _ = kiosk.handle(.flow(.key(.tab)), at: now)
        #expect(kiosk.flow.focus == .country)
        _ = kiosk.handle(.flow(.key(.escape)), at: now)
        #expect(kiosk.flow.focus == .number, "Esc in the picker goes back to the number, not to a fresh form")
        #expect(kiosk.flow.numberRules.country?.code == "JP")
    }
}
