import Foundation
import PhoneAuthModel

/// The one table of stand-ins for the symbols the screens draw, for a terminal that cannot show them: each symbol's
/// candidates in order of likeness, the last one ASCII. A Linux console takes the first its font has; a locale that
/// is not UTF-8 the ASCII one (box lines first become the terminal's own line characters, in `CursesCanvas`).
/// Letters have no stand-in: a language whose letters the font lacks is not offered at all (`Language.isDrawable`).
public enum GlyphFallback {
    /// The braille spinner's frames, each standing in for by a frame of an ASCII spinner.
    static let spinner: [Unicode.Scalar] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Each symbol's stand-ins, the likest first, ending in ASCII.
    public static let candidates: [Unicode.Scalar: [Unicode.Scalar]] = {
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [
            "✓": ["√", "v"], "•": ["·", "*"], "·": ["-"], "…": ["."], "×": ["x"], "§": ["S"],
            "–": ["-"], "—": ["–", "-"], "‘": ["'"], "’": ["'"], "“": ["\""], "”": ["\""], "„": ["\""],
            "«": ["\""], "»": ["\""], "¿": ["?"], "¡": ["!"], "€": ["E"],
            "→": [">"], "←": ["<"], "↑": ["^"], "↓": ["v"], "▸": ["►", ">"],
            "─": ["-"], "│": ["|"], "┌": ["+"], "┐": ["+"], "└": ["+"], "┘": ["+"],
            "█": ["▓", "#"],
        ]
        let ascii: [Unicode.Scalar] = ["|", "/", "-", "\\"]
        for (index, frame) in spinner.enumerated() { table[frame] = [ascii[index % ascii.count]] }
        return table
    }()

    /// What to draw for `scalar` on `repertoire`: itself when shown, else its first stand-in that is; nil when
    /// neither (a letter of a script the font lacks, a wide character on a console).
    public static func shown(_ scalar: Unicode.Scalar, on repertoire: GlyphRepertoire) -> Unicode.Scalar? {
        if repertoire.shows(scalar) { return scalar }
        return candidates[scalar]?.first(where: repertoire.shows)
    }

    /// What to draw for `scalar` on `repertoire`: as `shown`, else for a letter with accents the font lacks (a
    /// country's name, a title) its base letter when the font has that ("ệ" as "e"), else "?".
    public static func drawn(_ scalar: Unicode.Scalar, on repertoire: GlyphRepertoire) -> Unicode.Scalar {
        if let shown = shown(scalar, on: repertoire) { return shown }
        if let base = CanonicalDecomposition.of(scalar).first, base != scalar, repertoire.shows(base) {
            return base
        }
        return "?"
    }

    /// `text` as a terminal whose locale is not UTF-8 gets it, for the plain mode's lines as for the screens' cells:
    /// each scalar its ASCII stand-in, `drawn(_:on: .ascii)`, one for one. One for one because the canvas draws a
    /// scalar into one cell and the views lay out with that count (a line cut to its width ends in "…", one cell), so
    /// the one mapping gives "…" a single ".", not "...", and the plain mode says it the same way.
    public static func ascii(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar.isASCII ? scalar : drawn(scalar, on: .ascii)) }
        return String(scalars)
    }
}
