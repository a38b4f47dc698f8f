import ArgumentParser
import PhoneLoginUI
import Testing
@testable import PhoneLoginCLI

@Suite("--language on a terminal that cannot draw it: English, with the reason")
struct LanguageOptionGlyphTests {
    static let latinFont = GlyphRepertoire.consoleFont(Array(UInt32(0xA0)...0xFF))

    @Test("refused where the font lacks the letters or the console the wide characters; kept where it can", arguments: [
        ("ru", latinFont, "en"), ("ja", latinFont, "en"), ("zh-Hans", GlyphRepertoire.narrow, "en"),
        ("de", latinFont, "de"), ("ru", GlyphRepertoire.consoleFont(Array(UInt32(0xA0)...0xFF) + Array(UInt32(0x400)...0x45F)), "ru"),
        ("ja", GlyphRepertoire.everything, "ja"),
    ])
    func resolved(_ tag: String, _ glyphs: GlyphRepertoire, _ expected: String) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(["--language", tag]) as? LoginCommand)
        #expect(login.words.resolved(environment: [:], utf8: true, glyphs: glyphs).tag == expected)
    }

    @Test("the note names what is missing and where to get it")
    func reasons() {
        #expect(LanguageOptions.undrawable(.japanese, on: .narrow).contains("kmscon or fbterm"))
        #expect(LanguageOptions.undrawable(.russian, on: Self.latinFont).contains("CODESET"))
    }
}
