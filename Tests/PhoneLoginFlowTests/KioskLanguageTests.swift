import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("The kiosk's language key: this visitor's language, the next visitor's the kiosk's own")
struct KioskLanguageTests {
    static func driver(_ language: Language) -> KioskDriver {
        KioskDriver(KioskSettings(flow: FlowSettings(language: language)))
    }

    @Test("Ctrl-L goes to the next language, keeping what was typed", arguments: [
        (Language.english, 1, Language.german), (.german, 1, .french), (.english, 6, .japanese), (.simplifiedChinese, 1, .english),
        (.english, 8, .english),
    ])
    func switches(_ start: Language, _ presses: Int, _ expected: Language) {
        var driver = Self.driver(start)
        driver.type("+49151")
        for _ in 0..<presses { _ = driver.press(.control(KioskSession.languageKey)) }
        #expect(driver.kiosk.flow.settings.language == expected)
        #expect(driver.kiosk.flow.phoneField.text.contains("151"), "the number is kept")
        #expect(driver.kiosk.phase == .form)
    }

    @Test("on the code screen too; the next visitor (Esc, a timeout, after a login) starts in the kiosk's language", arguments: [
        "escape", "idle", "signed in",
    ])
    func resets(_ how: String) {
        var driver = Self.driver(.spanish)
        if how == "signed in" {
            driver.reachCodeScreen()
            _ = driver.press(.control(KioskSession.languageKey))
            #expect(driver.kiosk.flow.settings.language == .brazilianPortuguese)
            driver.type("4821")
            _ = driver.press(.enter)
            _ = driver.send(.flow(.confirmFinished(requestID: driver.lastRequestID!, .success(FlowDriver.login))), after: .milliseconds(200))
            _ = driver.send(.handOffFinished(visitor: 1, HandOffReport()), after: .seconds(1))
            _ = driver.press(.enter)
        } else {
            driver.type("+49")
            _ = driver.press(.control(KioskSession.languageKey))
            #expect(driver.kiosk.flow.settings.language == .brazilianPortuguese)
            if how == "escape" {
                _ = driver.press(.clearLine)
                _ = driver.press(.escape)
            } else {
                _ = driver.wait(.seconds(60))
                _ = driver.wait(.seconds(20))
            }
        }
        #expect(driver.kiosk.visitor == 2)
        #expect(driver.kiosk.flow.settings.language == .spanish)
    }

    @Test("while a request is in flight the key does nothing")
    func notWhilePending() {
        var driver = Self.driver(.english)
        driver.type("+4915112345678")
        _ = driver.press(.enter)
        _ = driver.press(.control(KioskSession.languageKey))
        #expect(driver.kiosk.flow.settings.language == .english)
    }

    @Test("only the languages offered (those the terminal can draw): the key skips the others, from any language", arguments: [
        (Language.english, 1, Language.german), (.german, 1, .french), (.french, 1, .english), (.english, 3, .english),
        // The kiosk's own language not offered (a --language the font refused is English by then; the next visitor's
        // flow never starts in one): the next offered after it.
        (.russian, 1, .english), (.spanish, 1, .english),
    ])
    func offeredOnly(_ start: Language, _ presses: Int, _ expected: Language) {
        var driver = KioskDriver(KioskSettings(flow: FlowSettings(language: start), languages: [.english, .german, .french]))
        driver.type("+49151")
        for _ in 0..<presses { _ = driver.press(.control(KioskSession.languageKey)) }
        #expect(driver.kiosk.flow.settings.language == expected)
    }

    @Test("one language offered (LANG=C, ASCII only): the key keeps it")
    func oneOffered() {
        let settings = KioskSettings(languages: [.english])
        #expect(settings.language(after: .english) == .english)
        var driver = KioskDriver(settings)
        _ = driver.press(.control(KioskSession.languageKey))
        #expect(driver.kiosk.flow.settings.language == .english)
    }
}
