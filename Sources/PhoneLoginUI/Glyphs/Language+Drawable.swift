import PhoneAuthModel

extension Language {
    /// Whether a terminal showing `repertoire` can draw this language's screens: every character of its catalogue
    /// and of its name is shown, or is a symbol with a stand-in that is (`GlyphFallback`). English always can (its
    /// letters are ASCII). Pure: a made-up font map decides as the console's does.
    public func isDrawable(on repertoire: GlyphRepertoire) -> Bool {
        if self == .english || repertoire.showsEverything { return true }
        if repertoire == .ascii { return !needsUTF8 }
        let texts = Catalogue.of(self).entries.values.flatMap(\.forms) + [nativeName]
        return texts.allSatisfy { text in
            text.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control || GlyphFallback.shown($0, on: repertoire) != nil }
        }
    }

    /// The languages `repertoire` can draw, in the list's order (English always among them).
    public static func drawable(on repertoire: GlyphRepertoire) -> [Language] {
        allCases.filter { $0.isDrawable(on: repertoire) }
    }
    /// Whether its words are written in wide characters (Japanese, Chinese), which a Linux console cannot show.
    public var needsWideCharacters: Bool {
        nativeName.contains { $0.isWide }
    }
}
