import PhoneLoginUI
import Testing

@Suite("The kiosk's block-letter font")
struct BlockFontTests {
    static let covered = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !?.,:;-_'’\"+=*/()&#@")

    @Test("every glyph: five rows of one width, ink and blanks only; no two glyphs alike", arguments: covered)
    func glyph(_ character: Character) throws {
        let rows = try #require(BlockFont.standard.render(String(character)))
        #expect(rows.count == 5 && BlockFont.standard.height == 5)
        #expect(Set(rows.map(\.count)).count == 1 && rows[0].count >= 1)
        #expect(rows.allSatisfy { $0.allSatisfy { $0 == BlockFont.ink || $0 == " " } })
        if character != " " { #expect(rows.joined().contains(BlockFont.ink), "a visible character leaves ink") }
        let twins = Self.covered.filter { $0 != character && BlockFont.standard.render(String($0)) == rows }
        #expect(twins.isEmpty || Set(twins + [character]) == ["'", "’"], "\(character) looks like \(twins)")
    }

    @Test("a word: the glyphs side by side, one blank column apart; lower case drawn as upper case")
    func word() {
        let expected = ["#  # ### #",
                        "#  #  #  #",
                        "####  #  #",
                        "#  #  #   ",
                        "#  # ### #"]
        #expect(BlockFont.standard.render("HI!") == expected)
        #expect(BlockFont.standard.render("hi!") == expected)
        #expect(BlockFont.standard.width(of: "HI!") == 10)
        #expect(BlockFont.standard.width(of: "GAME EXPO") == 44)
    }

    @Test("a character outside the font: nothing is drawn", arguments: ["Café", "€5", "Go 😀", "Tab\tstop", "naïve", "日本"])
    func unknown(_ text: String) {
        #expect(BlockFont.standard.render(text) == nil)
        #expect(BlockFont.standard.width(of: text) == nil)
        #expect(!BlockFont.standard.canDraw(text))
    }
}
