import Foundation
import PhoneLoginFlow
import PhoneAuthModel

/// How a kiosk shows its title: in block letters (twice the size, one line, or two lines), in spaced capitals, or as
/// typed.
public enum KioskTitle: Equatable, Sendable {
    /// Block letters: each line as the font's rows (`BlockFont.ink` and spaces) at `scale`, a blank row between lines.
    case block([[String]], scale: Int)
    /// Capitals with a space between letters.
    case spaced(String)
    /// The title as typed, cut at the width.
    case plain(String)

    /// The rows it takes.
    public var height: Int {
        switch self {
        case .block(let lines, _): lines.reduce(0) { $0 + $1.count } + max(0, lines.count - 1)
        case .spaced(let text), .plain(let text): text.isEmpty ? 0 : 1
        }
    }

    /// Whether it is in block letters larger than the font's own.
    public var isEnlarged: Bool {
        if case .block(_, let scale) = self { scale > 1 } else { false }
    }

    /// The columns it takes.
    public var width: Int {
        switch self {
        case .block(let lines, _): lines.flatMap { $0 }.map(\.count).max() ?? 0
        case .spaced(let text), .plain(let text): text.cellWidth
        }
    }

    /// The rows to draw, each centred on its own: the font's rows with `ink` for ink, or the one line of text.
    public func rows(ink: Character) -> [String] {
        switch self {
        case .block(let lines, _):
            return lines.enumerated().flatMap { index, rows in
                (index == 0 ? [] : [""]) + rows.map { BlockFont.inked($0, with: ink) }
            }
        case .spaced(let text), .plain(let text):
            return text.isEmpty ? [] : [text]
        }
    }

    /// The ways to show `title` within `width` columns, the largest first: block letters twice the size on one line,
    /// then on one line, then on two (split between words), when every character is in `font` and the lines fit;
    /// spaced capitals when they fit; the title as typed, cut at the width, always.
    public static func choices(for title: String, width: Int, font: BlockFont = .standard) -> [KioskTitle] {
        let trimmed = title.trimmingSpacesAndTabs()
        guard !trimmed.isEmpty else { return [.plain("")] }
        var choices: [KioskTitle] = []
        if font.canDraw(trimmed) {
            for scale in [2, 1] {
                if let rows = font.render(trimmed, scale: scale), (rows.first?.count ?? 0) <= width { choices.append(.block([rows], scale: scale)) }
            }
            if let lines = twoLines(trimmed, width: width, font: font) { choices.append(.block(lines, scale: 1)) }
        }
        let spaced = trimmed.uppercased().map(String.init).joined(separator: " ")
        if spaced.cellWidth <= width { choices.append(.spaced(spaced)) }
        choices.append(.plain(trimmed.prefix(cells: max(0, width))))
        return choices
    }

    /// The title's words in block letters on two lines, split where the wider line is narrowest, if both fit.
    static func twoLines(_ title: String, width: Int, font: BlockFont) -> [[String]]? {
        let words = title.split(separator: " ")
        guard words.count > 1 else { return nil }
        let splits = (1..<words.count).compactMap { split -> [[String]]? in
            let lines = [words[..<split], words[split...]].map { $0.joined(separator: " ") }
            let rendered = lines.compactMap { font.render($0) }
            guard rendered.count == 2, rendered.allSatisfy({ ($0.first?.count ?? 0) <= width }) else { return nil }
            return rendered
        }
        return splits.min { KioskTitle.block($0, scale: 1).width < KioskTitle.block($1, scale: 1).width }
    }
}
