extension Language {
    /// The plural forms a counted phrase has in this language (CLDR, whole numbers).
    public var pluralCategories: Set<PluralCategory> {
        switch self {
        case .english, .german, .spanish, .french, .brazilianPortuguese: [.one, .other]
        case .russian: [.one, .few, .many]
        case .japanese, .simplifiedChinese: [.other]
        }
    }

    /// The form `count` takes (CLDR's rules for whole numbers): English 1 → one; French and Portuguese 0 and 1 → one;
    /// Russian 1, 21 → one, 2–4, 22–24 → few, the rest many; Japanese and Chinese have one form.
    public func pluralCategory(_ count: Int) -> PluralCategory {
        let n = abs(count)
        switch self {
        case .english, .german, .spanish: return n == 1 ? .one : .other
        case .french, .brazilianPortuguese: return n <= 1 ? .one : .other
        case .russian:
            let (ten, hundred) = (n % 10, n % 100)
            if ten == 1, hundred != 11 { return .one }
            if (2...4).contains(ten), !(12...14).contains(hundred) { return .few }
            return .many
        case .japanese, .simplifiedChinese: return .other
        }
    }
}
