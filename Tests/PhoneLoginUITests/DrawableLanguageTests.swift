import PhoneAuth
import PhoneLoginUI
import Testing

/// Which languages a terminal can draw, decided from its repertoire alone: made-up console fonts here, the loaded
/// font's map (`GIO_UNIMAP`) in the kiosk.
@Suite("Languages: offered only where the font has their letters")
struct DrawableLanguageTests {
    static let latin1 = Array(UInt32(0xA0)...0xFF)
    static let cyrillic = Array(UInt32(0x400)...0x45F)

    @Test("a Latin font (like Lat15): the Latin languages; Russian without Cyrillic, Japanese and Chinese never on a console")
    func latinFont() {
        let font = GlyphRepertoire.consoleFont(Self.latin1)
        #expect(Language.drawable(on: font) == [.english, .german, .french, .spanish, .brazilianPortuguese])
    }

    @Test("a font with Cyrillic too (like Uni2 or CyrSlav): Russian as well, still no wide characters")
    func cyrillicFont() {
        let font = GlyphRepertoire.consoleFont(Self.latin1 + Self.cyrillic)
        #expect(Language.drawable(on: font) == [.english, .german, .french, .spanish, .brazilianPortuguese, .russian])
    }

    @Test("a font lacking one letter a language uses (ß): that language is not offered")
    func oneLetterMissing() {
        let font = GlyphRepertoire.consoleFont(Self.latin1.filter { $0 != 0xDF })
        #expect(!Language.german.isDrawable(on: font))
        #expect(Language.french.isDrawable(on: font))
    }

    @Test("ASCII only (LANG=C): English alone; a terminal emulator: all; a console without a readable map: all but the wide ones")
    func otherRepertoires() {
        #expect(Language.drawable(on: .ascii) == [.english])
        #expect(Language.drawable(on: .everything) == Language.allCases)
        #expect(Language.drawable(on: .narrow) == Language.allCases.filter { $0 != .japanese && $0 != .simplifiedChinese })
    }

    @Test("English is always offered, even on a font with nothing but ASCII")
    func englishAlways() {
        #expect(Language.drawable(on: .consoleFont([])) == [.english])
    }
}
