import PhoneLoginFlow
import PhoneLoginUI
import Testing

@Suite("Found by fuzzing: nothing reaches the screen that would not take exactly one cell")
struct CellSafetyTests {
    @Test("a refused key is named by its code point when it would not show as itself in one cell", arguments: [
        (Character("x"), "“x” cannot be typed here."),
        ("é", "“é” cannot be typed here."),
        ("\u{301}", "U+0301 cannot be typed here."),
        ("中", "U+4E2D cannot be typed here."),
        ("😀", "U+1F600 cannot be typed here."),
        ("\u{202E}", "U+202E cannot be typed here."),
        ("🇩🇪", "U+1F1E9 U+1F1EA cannot be typed here."),
    ])
    func refusedKey(_ example: (Character, String)) {
        #expect(FlowWording.text(for: .keyIgnored(example.0)) == example.1)
    }

    @Test("text from a server: escape bytes, combining characters, bidi overrides each take one cell as U+FFFD; wide characters two", arguments: [
        ("a\u{1B}[2Jb", "a\u{FFFD}[2Jb"),
        ("中文x", "中文x"),
        ("e\u{301}x", "\u{FFFD}x"),
        ("\u{202E}evil", "\u{FFFD}evil"),
        ("┌─┐ ⠋ • … ✓ Ж", "┌─┐ ⠋ • … ✓ Ж"),
    ])
    func serverText(_ example: (String, String)) {
        var grid = CellGrid(width: 20, height: 1)
        grid.put(example.0, row: 0, column: 0, style: .normal)
        #expect(grid.line(0) == example.1)
    }
}
