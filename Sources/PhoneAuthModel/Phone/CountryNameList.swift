/// One language's country names, read from the generated `CountryNames`: the ISO codes in that language's
/// alphabetical order and each country's name. A language's list is parsed the first time it is asked for, once.
struct CountryNameList: Sendable {
    /// The ISO codes in the language's alphabetical order (CLDR's collation, worked out by the generator).
    let order: [String]
    /// Each country's name, by ISO code.
    let names: [String: String]

    /// Reads a list of `code¦name` lines.
    init(_ text: String) {
        var order: [String] = []
        var names: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "¦", maxSplits: 1)
            guard parts.count == 2, names[String(parts[0])] == nil else { continue }
            order.append(String(parts[0]))
            names[String(parts[0])] = String(parts[1])
        }
        self.order = order
        self.names = names
    }

    /// The list of `language`.
    static func of(_ language: Language) -> CountryNameList {
        switch language {
        case .english: english
        case .german: german
        case .french: french
        case .spanish: spanish
        case .brazilianPortuguese: brazilianPortuguese
        case .russian: russian
        case .japanese: japanese
        case .simplifiedChinese: simplifiedChinese
        }
    }

    private static let english = CountryNameList(CountryNames.english)
    private static let german = CountryNameList(CountryNames.german)
    private static let french = CountryNameList(CountryNames.french)
    private static let spanish = CountryNameList(CountryNames.spanish)
    private static let brazilianPortuguese = CountryNameList(CountryNames.brazilianPortuguese)
    private static let russian = CountryNameList(CountryNames.russian)
    private static let japanese = CountryNameList(CountryNames.japanese)
    private static let simplifiedChinese = CountryNameList(CountryNames.simplifiedChinese)
}
