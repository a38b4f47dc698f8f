/// A language the screens speak: one catalogue of words each (`Catalogues/<tag>.json`).
public enum Language: String, CaseIterable, Equatable, Hashable, Sendable {
    /// English, the default and the fallback.
    case english = "en"
    /// German.
    case german = "de"
    /// French.
    case french = "fr"
    /// Spanish.
    case spanish = "es"
    /// Brazilian Portuguese.
    case brazilianPortuguese = "pt-BR"
    /// Russian.
    case russian = "ru"
    /// Japanese.
    case japanese = "ja"
    /// Simplified Chinese.
    case simplifiedChinese = "zh-Hans"

    /// The BCP 47 tag, e.g. "pt-BR".
    public var tag: String { rawValue }

    /// The language's name in itself, e.g. "Deutsch", "日本語".
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .german: "Deutsch"
        case .french: "Français"
        case .spanish: "Español"
        case .brazilianPortuguese: "Português"
        case .russian: "Русский"
        case .japanese: "日本語"
        case .simplifiedChinese: "简体中文"
        }
    }

    /// Whether its words need a UTF-8 terminal (any letter beyond ASCII): all but English.
    public var needsUTF8: Bool { self != .english }

    /// The next language in the list, after the last the first (the kiosk's language key).
    public var next: Language {
        let all = Language.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
