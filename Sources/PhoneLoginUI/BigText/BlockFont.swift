/// A small font of block letters: each glyph a few rows of cells, `#` where ink goes, for a title read from a step back.
public struct BlockFont: Sendable {
    /// The character that marks ink in a glyph's rows.
    public static let ink: Character = "#"

    /// The ink a terminal shows: a full block, or `#` where it cannot show Unicode.
    public static func ink(unicode: Bool) -> Character { unicode ? "█" : ink }

    /// A rendered row with `shown` for ink.
    public static func inked(_ row: String, with shown: Character) -> String {
        String(row.map { $0 == ink ? shown : " " })
    }

    /// Rows a glyph has.
    public let height: Int
    /// Blank columns between two glyphs.
    public let spacing: Int
    /// The glyphs: each as `height` rows of equal width, `ink` and spaces.
    let glyphs: [Character: [String]]

    /// Creates a font; every glyph must have `height` rows of equal width.
    init(height: Int, spacing: Int, glyphs: [Character: [String]]) {
        self.height = height
        self.spacing = spacing
        self.glyphs = glyphs
    }

    /// Whether every character of `text` (lower case drawn as upper case) has a glyph.
    public func canDraw(_ text: String) -> Bool {
        text.uppercased().allSatisfy { glyphs[$0] != nil }
    }

    /// The columns `text` takes, or nil when a character has no glyph.
    public func width(of text: String) -> Int? {
        render(text).map { $0.first?.count ?? 0 }
    }

    /// `text` in block letters: `height` rows of equal width, `ink` and spaces; nil when a character has no glyph.
    /// `scale` draws each cell of a glyph as `scale`×`scale` cells.
    public func render(_ text: String, scale: Int = 1) -> [String]? {
        let shapes = text.uppercased().map { glyphs[$0] }
        guard !shapes.contains(where: { $0 == nil }) else { return nil }
        let gap = String(repeating: " ", count: spacing)
        let rows = (0..<height).map { row in shapes.map { $0![row] }.joined(separator: gap) }
        guard scale > 1 else { return rows }
        return rows.flatMap { row in
            Array(repeating: String(row.flatMap { Array(repeating: $0, count: scale) }), count: scale)
        }
    }
}
