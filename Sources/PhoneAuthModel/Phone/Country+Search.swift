import Foundation

extension Country {
    /// The countries a picker shows for `query`, in `language`: all in its alphabetical order when it is empty; by
    /// calling code for digits (`49`, `+49`); the ISO code first for two letters (`DE`); then countries whose name
    /// starts with it, then those whose name contains it (case and accents ignored: `deut`, `germ`, `cote`). A name is
    /// the one in `language`, the English one, or the metadata's English one (`Turkey` finds Türkiye).
    public static func matching(_ query: String, in language: Language = .english) -> [Country] {
        let text = query.trimmingCharacters(in: .whitespaces)
        let byName = sortedByName(in: language)
        guard !text.isEmpty else { return byName }
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
            let hits = byName.filter { $0.callingCode.hasPrefix(digits) }
            let exact = hits.filter { $0.callingCode == digits }
            return exact.filter(\.isMainForCallingCode) + exact.filter { !$0.isMainForCallingCode } + hits.filter { $0.callingCode != digits }
        }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let exact = text.count == 2 ? byName.filter { $0.code.caseInsensitiveCompare(text) == .orderedSame } : []
        let rest = byName.filter { !exact.contains($0) }
        let starting = rest.filter { $0.searchNames(in: language).contains { $0.range(of: text, options: options.union(.anchored)) != nil } }
        let containing = rest.filter { country in
            !starting.contains(country) && country.searchNames(in: language).contains { $0.range(of: text, options: options) != nil }
        }
        return exact + starting + containing
    }

    /// The names a search looks in: the one in `language`, CLDR's English one and the metadata's, each once.
    func searchNames(in language: Language) -> [String] {
        var names = [name(in: language)]
        for other in [name(in: .english), name] where !names.contains(other) { names.append(other) }
        return names
    }
}
