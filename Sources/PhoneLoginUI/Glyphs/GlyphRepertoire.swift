import PhoneLoginFlow

/// The characters a terminal can show: everything (a terminal emulator with a full font), ASCII (a locale that is not
/// UTF-8), or the Unicode map of a Linux console's loaded font, which never shows a wide character.
public struct GlyphRepertoire: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case everything
        case ascii
        case font(Set<UInt32>)
    }

    let kind: Kind
    /// Whether a wide character (CJK) is drawn across two cells.
    public let wide: Bool

    /// A terminal that shows every character (the screens as they are drawn in tmux or xterm).
    public static let everything = GlyphRepertoire(kind: .everything, wide: true)
    /// A locale that is not UTF-8: ASCII only.
    public static let ascii = GlyphRepertoire(kind: .ascii, wide: false)
    /// A Linux console whose font's map could not be read: whatever the locale allows, but no wide character.
    public static let narrow = GlyphRepertoire(kind: .everything, wide: false)

    /// A Linux console's loaded font: the code points of its Unicode map (`GIO_UNIMAP`). ASCII's printable
    /// characters are taken as there: every console font has them.
    public static func consoleFont(_ codePoints: some Sequence<UInt32>) -> GlyphRepertoire {
        GlyphRepertoire(kind: .font(Set(codePoints).union(0x20...0x7E)), wide: false)
    }

    /// Whether every character is shown as it is (nothing needs a fallback).
    public var showsEverything: Bool { kind == .everything && wide }

    /// Whether `scalar` is drawn as itself.
    public func shows(_ scalar: Unicode.Scalar) -> Bool {
        if !wide, Character(scalar).isWide { return false }
        switch kind {
        case .everything: return true
        case .ascii: return scalar.isASCII
        case .font(let codes): return codes.contains(scalar.value)
        }
    }
}
