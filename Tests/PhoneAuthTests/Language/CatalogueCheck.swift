@testable import PhoneAuthModel

/// What is wrong with a catalogue against the English one: a key missing or extra, a placeholder lost, added or
/// renamed, a counted phrase without the forms its language needs (or a sentence turned into one).
enum CatalogueCheck {
    static func problems(of catalogue: Catalogue, against reference: Catalogue) -> [String] {
        let tag = catalogue.language.tag
        var problems: [String] = []
        let keys = Set(catalogue.entries.keys), wanted = Set(reference.entries.keys)
        for key in wanted.subtracting(keys).sorted() { problems.append("\(tag): lacks \(key)") }
        for key in keys.subtracting(wanted).sorted() { problems.append("\(tag): has an extra key \(key)") }
        for key in wanted.intersection(keys).sorted() {
            guard let entry = catalogue.entries[key], let english = reference.entries[key] else { continue }
            let expected = Catalogue.placeholders(in: english.forms.last ?? "")
            for form in entry.forms where Catalogue.placeholders(in: form) != expected {
                problems.append("\(tag): \(key) names \(Catalogue.placeholders(in: form).sorted()), not \(expected.sorted())")
            }
            switch (english, entry) {
            case (.text, .text): break
            case (.plural, .plural(let forms)):
                if Set(forms.keys) != catalogue.language.pluralCategories {
                    problems.append("\(tag): \(key) has the forms \(forms.keys.map(\.rawValue).sorted()), not \(catalogue.language.pluralCategories.map(\.rawValue).sorted())")
                }
            case (.text, .plural): problems.append("\(tag): \(key) is counted, but not in English")
            case (.plural, .text): problems.append("\(tag): \(key) is counted in English but has one form")
            }
        }
        return problems
    }
}
