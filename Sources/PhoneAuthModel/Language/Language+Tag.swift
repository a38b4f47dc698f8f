extension Language {
    /// The language a tag or a locale name asks for, or nil when none of ours: "de", "de-AT", "de_DE.UTF-8",
    /// "pt_BR", "pt-BR", "zh_CN.UTF-8", "zh-Hans", "ja_JP.eucJP@x". "C" and "POSIX" are English.
    public init?(tag: String) {
        let name = tag.split(separator: ".").first.map(String.init)?.split(separator: "@").first.map(String.init) ?? ""
        let parts = name.replacing("_", with: "-").split(separator: "-").map { $0.lowercased() }
        guard let primary = parts.first, !primary.isEmpty else { return nil }
        switch primary {
        case "c", "posix", "en": self = .english
        case "de": self = .german
        case "fr": self = .french
        case "es": self = .spanish
        case "pt":
            // Only Brazilian Portuguese is catalogued; European Portuguese reads it more easily than English.
            self = .brazilianPortuguese
        case "ru": self = .russian
        case "ja": self = .japanese
        case "zh":
            // Traditional Chinese (zh-Hant, zh-TW, zh-HK) is not catalogued: better English than the other script.
            if parts.dropFirst().contains(where: { ["hant", "tw", "hk", "mo"].contains($0) }) { return nil }
            self = .simplifiedChinese
        default: return nil
        }
    }

    /// The language to speak: the first of `candidates` (the option, `PHONE_LOGIN_LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
    /// `LANG`, in that order; nil or empty ones skipped) that names a language, else English. The first non-empty
    /// locale variable decides alone, as in C: `LC_ALL=fr_FR.UTF-8` wins over `LANG=de_DE.UTF-8`.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        for explicit in [option, environment["PHONE_LOGIN_LANGUAGE"]] {
            if let explicit, !explicit.isEmpty, let language = Language(tag: explicit) { return language }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language(tag: value) ?? .english }
        }
        return .english
    }
}

extension Language {
    /// The language a terminal can show: itself in a UTF-8 locale, English otherwise when its words need UTF-8.
    public func shown(utf8: Bool) -> Language {
        needsUTF8 && !utf8 ? .english : self
    }
}
