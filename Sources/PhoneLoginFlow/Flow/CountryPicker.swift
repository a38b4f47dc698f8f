import PhoneAuthModel

/// The country list of the phone form: what is typed to filter it, the countries it matches (named, sorted and
/// searched in the visitor's language), the one highlighted.
public struct CountryPicker: Equatable, Sendable {
    /// What has been typed: a name, an ISO code or a calling code (`germ`, `DE`, `49`).
    public private(set) var query = TextField(capacity: 24) { !$0.isNewline && $0.fitsOneCell }
    /// The countries matching the query, best first.
    public private(set) var matches: [Country]
    /// The highlighted entry's index in `matches`.
    public private(set) var selection = 0
    /// The language the countries are named, sorted and searched in; changing it sorts the matches anew and keeps
    /// the highlighted country.
    public var language: Language {
        didSet {
            guard language != oldValue else { return }
            let chosen = chosen
            matches = Country.matching(query.text, in: language)
            selection = chosen.flatMap { matches.firstIndex(of: $0) } ?? 0
        }
    }

    /// A picker showing every country in `language`'s order, `current` highlighted.
    public init(current: Country?, language: Language = .english) {
        self.language = language
        matches = Country.matching("", in: language)
        selection = current.flatMap { matches.firstIndex(of: $0) } ?? 0
    }

    /// The highlighted country, if any matches.
    public var chosen: Country? { matches.indices.contains(selection) ? matches[selection] : nil }

    /// Edits the query with `key` (characters, a paste, the editing keys) or moves the highlight (Up, Down).
    public mutating func handle(_ key: KeyInput) {
        switch key {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, matches.count - 1), selection + 1)
        case .character(let character): query.insert(String(character)); refilter()
        case .paste(let text): query.insert(String(text.prefix(query.capacity))); refilter()
        case .backspace: query.backspace(); refilter()
        case .delete: query.deleteForward(); refilter()
        case .left: query.moveLeft()
        case .right: query.moveRight()
        case .home: query.moveHome()
        case .end: query.moveEnd()
        case .clearLine: query.clear(); refilter()
        default: break
        }
    }

    private mutating func refilter() {
        matches = Country.matching(query.text, in: language)
        selection = 0
    }
}
