extension Language {
    /// The sentence for `key` in this language, placeholders filled: `language.text(.codeSentTo, ["number": "…78"])`.
    public func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        Catalogue.of(self).text(key, values)
    }

    /// The form of a counted phrase for `count` (put in for `{count}`), other placeholders filled.
    public func text(_ key: WordKey, count: Int, _ values: [String: String] = [:]) -> String {
        Catalogue.of(self).text(key, count: count, values)
    }
}
