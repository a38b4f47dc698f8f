import Foundation
import Synchronization

/// One language's words, as a translator edits them in `Catalogues/<tag>.json`: each key a sentence with `{name}`
/// placeholders, or, for a counted phrase, an object of its plural forms (`one`, `few`, `many`, `other`).
public struct Catalogue: Sendable, Equatable {
    /// One entry: a sentence, or a counted phrase's forms.
    public enum Entry: Sendable, Equatable {
        /// A sentence.
        case text(String)
        /// A counted phrase, a form per plural category.
        case plural([PluralCategory: String])

        /// Every form the entry has (one for a sentence).
        public var forms: [String] {
            switch self {
            case .text(let text): [text]
            case .plural(let forms): PluralCategory.allCases.compactMap { forms[$0] }
            }
        }
    }

    /// A catalogue that cannot be read.
    public struct Unreadable: Error, Equatable, CustomStringConvertible {
        /// What is wrong, naming the key when one is to blame.
        public let description: String
    }

    /// The language it is for.
    public let language: Language
    /// Its entries by key.
    public let entries: [String: Entry]

    /// Reads a catalogue file's JSON.
    public init(language: Language, json: [UInt8]) throws(Unreadable) {
        guard let dictionary = try? JSONDecoder().decode([String: JSONValue].self, from: Data(json)) else {
            throw Unreadable(description: "\(language.tag): not a JSON object")
        }
        var entries: [String: Entry] = [:]
        for (key, value) in dictionary where !key.hasPrefix("_") {
            if case .string(let text) = value {
                entries[key] = .text(text)
            } else if case .object(let object) = value, let forms = Self.strings(object) {
                var plural: [PluralCategory: String] = [:]
                for (name, text) in forms {
                    guard let category = PluralCategory(rawValue: name) else {
                        throw Unreadable(description: "\(language.tag): \(key): “\(name)” is not a plural category")
                    }
                    plural[category] = text
                }
                entries[key] = .plural(plural)
            } else {
                throw Unreadable(description: "\(language.tag): \(key): neither a string nor an object of strings")
            }
        }
        self.language = language
        self.entries = entries
    }

    /// The built-in catalogue of `language` (English when it cannot be read).
    public static func of(_ language: Language) -> Catalogue {
        builtIn(language) ?? builtIn(.english)!
    }

    /// The built-in catalogues read so far: each is parsed the first time it is asked for, so a start-up pays for
    /// the language in use (and English, its fallback), not for all of them.
    private static let read = Mutex<[Language: Catalogue?]>([:])

    /// The built-in catalogue of `language`, read once; nil when it cannot be read (a build mistake the catalogue
    /// tests catch).
    static func builtIn(_ language: Language) -> Catalogue? {
        if let known = read.withLock({ $0[language] }) { return known }
        let parsed = try? Catalogue(language: language, json: CatalogueFiles.json(for: language))
        read.withLock { $0[language] = parsed }
        return parsed
    }

    /// The sentence for `key` (its form for `count`, when counted), with `values` put in for its placeholders; from
    /// English when this catalogue lacks the key.
    public func text(_ key: WordKey, count: Int? = nil, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key.rawValue] else {
            return language == .english ? key.rawValue : Catalogue.of(.english).text(key, count: count, values)
        }
        var template: String
        switch entry {
        case .text(let text): template = text
        case .plural(let forms):
            let category = language.pluralCategory(count ?? 0)
            template = forms[category] ?? forms[.other] ?? forms.values.first ?? ""
        }
        var values = values
        if let count, values["count"] == nil { values["count"] = String(count) }
        for (name, value) in values { template = template.replacing("{\(name)}", with: value) }
        return template
    }

    /// An object's values when every one is a string, else nil.
    private static func strings(_ object: [String: JSONValue]) -> [String: String]? {
        var strings: [String: String] = [:]
        for (name, value) in object {
            guard case .string(let text) = value else { return nil }
            strings[name] = text
        }
        return strings
    }

    /// The placeholders a form names, e.g. ["count", "number"] for "{count} digits to {number}".
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.insert(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }
}
