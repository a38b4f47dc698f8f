/// A CLDR plural category: which form of a counted phrase a number takes.
public enum PluralCategory: String, CaseIterable, Sendable, Codable {
    /// "1 try" in English; 0 and 1 in French; 1, 21, 31 in Russian.
    case one
    /// 2–4, 22–24 in Russian.
    case few
    /// 5–20, 25–30 in Russian.
    case many
    /// Everything else; the only form in Japanese and Chinese.
    case other
}
