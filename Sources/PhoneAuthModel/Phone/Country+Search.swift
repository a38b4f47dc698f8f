extension Country {
    /// The countries a picker shows for `query`, in `language`: all in its alphabetical order when it is empty; by
    /// calling code for digits (`49`, `+49`); the ISO code first for two letters (`DE`); then countries whose name
    /// starts with it, then those whose name contains it (case and accents ignored: `deut`, `germ`, `cote`). A name is
    /// the one in `language`, the English one, or the metadata's English one (`Turkey` finds Türkiye).
    public static func matching(_ query: String, in language: Language = .english) -> [Country] {
        let text = query.trimmingSpacesAndTabs()
        guard !text.isEmpty else { return sortedByName(in: language) }
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
            let hits = sortedByName(in: language).filter { $0.callingCode.hasPrefix(digits) }
            let exact = hits.filter { $0.callingCode == digits }
            return exact.filter(\.isMainForCallingCode) + exact.filter { !$0.isMainForCallingCode } + hits.filter { $0.callingCode != digits }
        }
        let wanted = CountrySearchIndex.fold(text)
        let code = text.count == 2 ? text.uppercased() : nil
        var exact: [Country] = [], starting: [Country] = [], containing: [Country] = []
        for entry in CountrySearchIndex.of(language).entries {
            if entry.country.code == code {
                exact.append(entry.country)
            } else if entry.keys.contains(where: { $0.hasPrefix(wanted) }) {
                starting.append(entry.country)
            } else if entry.keys.contains(where: { $0.firstRange(of: wanted) != nil }) {
                containing.append(entry.country)
            }
        }
        return exact + starting + containing
    }
}
