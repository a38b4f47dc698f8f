import Foundation

extension Country {
    /// The countries a picker shows for `query`: all by name when it is empty; by calling code for digits (`49`,
    /// `+49`); the ISO code first for two letters (`DE`); then names starting with it, then names containing it
    /// (case and accents ignored: `germ`, `cote`).
    public static func matching(_ query: String) -> [Country] {
        let text = query.trimmingCharacters(in: .whitespaces)
        let byName = Self.byName
        guard !text.isEmpty else { return byName }
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
            let hits = byName.filter { $0.callingCode.hasPrefix(digits) }
            let exact = hits.filter { $0.callingCode == digits }
            return exact.filter(\.isMainForCallingCode) + exact.filter { !$0.isMainForCallingCode } + hits.filter { $0.callingCode != digits }
        }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let exact = text.count == 2 ? byName.filter { $0.code.caseInsensitiveCompare(text) == .orderedSame } : []
        let starting = byName.filter { $0.name.range(of: text, options: options.union(.anchored)) != nil && !exact.contains($0) }
        let containing = byName.filter { $0.name.range(of: text, options: options) != nil && !exact.contains($0) && !starting.contains($0) }
        return exact + starting + containing
    }

    /// Every country sorted by name, as the picker lists them (sorted once, on first use).
    static let byName: [Country] = all.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
}
