import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// The stand-ins for symbols a terminal cannot show: a console font's own likeness first, ASCII last, and none of
/// the symbols the screens draw left without one.
@Suite("Glyphs: each symbol a font lacks drawn as a stand-in it has")
struct GlyphFallbackTests {
    /// A made-up console font like Debian's Lat15: ASCII, Latin-1, the light box lines and the full block; no ✓, no
    /// braille, no √, no arrows.
    static let latinFont = GlyphRepertoire.consoleFont(Array(0xA0...0xFF) + [0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x2588, 0x2022, 0x2026])

    @Test("a console font: its own symbols kept, the missing ones its likeness or ASCII", arguments: [
        ("─", "─"), ("┌", "┌"), ("█", "█"), ("•", "•"), ("…", "…"), ("é", "é"), ("·", "·"),
        ("✓", "v"), ("⠋", "|"), ("⠙", "/"), ("⠹", "-"), ("⠸", "\\"), ("→", ">"), ("—", "-"), ("“", "\""), ("▸", ">"),
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func consoleFont(_ example: (Unicode.Scalar, Unicode.Scalar)) {
        #expect(GlyphFallback.drawn(example.0, on: Self.latinFont) == example.1)
    }

    @Test("the likest stand-in the font has comes first: √ for ✓ and · for • when there, else ASCII")
    func likestFirst() {
        let withRoot = GlyphRepertoire.consoleFont([0x221A, 0xB7])
        #expect(GlyphFallback.drawn("✓", on: withRoot) == "√")
        #expect(GlyphFallback.drawn("•", on: withRoot) == "·")
        let bare = GlyphRepertoire.consoleFont([])
        #expect(GlyphFallback.drawn("✓", on: bare) == "v")
        #expect(GlyphFallback.drawn("•", on: bare) == "*")
    }

    @Test("outside UTF-8 everything is ASCII: box corners +, lines - and |, the ellipsis a dot")
    func ascii() {
        let shown = "┌─┐│└┘…✓•→".unicodeScalars.map { GlyphFallback.drawn($0, on: .ascii) }
        #expect(String(String.UnicodeScalarView(shown)) == "+-+|++.v*>")
    }

    @Test("the plain mode's lines outside UTF-8: the screens' stand-ins, one for one (the ellipsis one dot, as in a cell)", arguments: [
        ("Code sent to …78. Code: ", "Code sent to .78. Code: "),
        ("needs + and 5–25 digits; “a” at position 4", "needs + and 5-25 digits; \"a\" at position 4"),
        ("Sending a code…", "Sending a code."),
        ("Gültig für 3 Minuten → «weiter»", "Gultig fur 3 Minuten > \"weiter\""),
        ("Код", "???"),
        ("plain\n", "plain\n"),
    ])
    func asciiText(_ example: (String, String)) {
        #expect(GlyphFallback.ascii(example.0) == example.1)
        #expect(GlyphFallback.ascii(example.0).unicodeScalars.count == example.0.unicodeScalars.count, "one for one, as the cells")
    }

    @Test("a wide character is never drawn on a console, a letter the font lacks has no stand-in")
    func noStandIn() {
        #expect(GlyphFallback.shown("日", on: .narrow) == nil)
        #expect(GlyphFallback.shown("日", on: .everything) == "日")
        #expect(GlyphFallback.shown("Ж", on: Self.latinFont) == nil)
        #expect(GlyphFallback.drawn("Ж", on: Self.latinFont) == "?")
    }

    @Test("a letter with accents the font lacks (in a country's name, a title) is drawn as its base letter; the language decision does not count on it")
    func baseLetter() {
        #expect(GlyphFallback.drawn("ệ", on: Self.latinFont) == "e")
        #expect(GlyphFallback.drawn("Ł", on: Self.latinFont) == "?")
        #expect(GlyphFallback.drawn("é", on: .ascii) == "e")
        #expect(GlyphFallback.shown("ệ", on: Self.latinFont) == nil)
    }

    @Test("every stand-in list ends in ASCII: on any font, a symbol in the table is never a ◆ nor a ?")
    func endsInASCII() {
        for (symbol, candidates) in GlyphFallback.candidates {
            #expect(candidates.last?.isASCII == true, "\(symbol): \(candidates)")
        }
    }

    @Test("every symbol a screen draws, in every language a console can show, has a stand-in", arguments: [Language.english, .german, .french, .spanish, .brazilianPortuguese, .russian])
    func screensCovered(_ language: Language) {
        let screens = LanguageLayoutTests.fullScreens(language) + LanguageLayoutTests.kioskScreens(language)
        for screen in screens {
            var canvas = BoundsCheckingCanvas(width: 80, height: 24)
            screen.draw(&canvas)
            for cell in canvas.grid.cells where !cell.scalar.isASCII && !cell.scalar.properties.isAlphabetic {
                #expect(GlyphFallback.candidates[cell.scalar] != nil, "\(language.tag) \(screen.name): “\(cell.scalar)” has no stand-in")
            }
        }
    }
}
