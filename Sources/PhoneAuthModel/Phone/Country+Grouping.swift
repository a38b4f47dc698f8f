extension Country {
    /// A national significant number grouped as this country writes it internationally, without the calling code:
    /// `15112345678` → `151 12345678`. A number still being typed is grouped as far as it goes (by the format a
    /// longer number would take); one no format fits is left as it is.
    public func grouped(_ national: String) -> String {
        guard !national.isEmpty else { return "" }
        let cache = PatternCache.shared
        let candidates = formats.filter { format in
            format.leadingDigits.isEmpty || cache.regex(format.leadingDigits).map { national.prefixMatch(of: $0) != nil } == true
        }
        for format in candidates {
            if let text = apply(format, to: national) { return text }
        }
        // Still being typed: the first format that a number padded to a possible length fits, cut back to the digits typed.
        for length in possibleLengths where length > national.count {
            for pad in ["0", "5", "9"] {
                let padded = national + String(repeating: pad, count: length - national.count)
                for format in candidates {
                    if let text = apply(format, to: padded) { return Self.cut(text, toDigits: national.count) }
                }
            }
        }
        return national
    }

    /// The format applied to `digits`, or nil when its pattern does not match them entirely.
    private func apply(_ format: PhoneFormat, to digits: String) -> String? {
        guard let regex = PatternCache.shared.regex(format.pattern), let match = digits.wholeMatch(of: regex) else { return nil }
        return Self.substituting(format.format, from: match)
    }

    /// `template` with each `$n` replaced by the match's group n (a group that took no part, by nothing).
    static func substituting(_ template: String, from match: Regex<AnyRegexOutput>.Match) -> String {
        var text = ""
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "$" else { text.append(character); continue }
            if let index = characters.next()?.wholeNumberValue, index < match.output.count, let group = match.output[index].substring {
                text += group
            }
        }
        return text
    }

    /// `text` up to and including its `count`th digit.
    private static func cut(_ text: String, toDigits count: Int) -> String {
        var seen = 0
        var result = ""
        for character in text {
            if seen == count { break }
            if character.isASCIIDigit { seen += 1 }
            result.append(character)
        }
        return result
    }

    /// The national significant number of national `digits` as typed here: the national (trunk) prefix dropped where
    /// the metadata says it is dialled (`0151…` in Germany, `8 912…` in Russia), kept where it is part of the number
    /// (Italy's `06…`). `complete` says the number is whole, read as libphonenumber reads it (`nationalNumber`); while
    /// typing only its start counts: the prefix is dropped when what follows can start a number here.
    public func significant(_ digits: String, complete: Bool = true) -> String {
        if complete { return nationalNumber(digits) }
        guard !prefixForParsing.isEmpty, let regex = PatternCache.shared.regex(prefixForParsing),
              let match = digits.prefixMatch(of: regex), !match.range.isEmpty else { return digits }
        let rest = digits[match.range.upperBound...]
        var candidate = String(rest)
        let groups = match.output.count - 1
        if !transformRule.isEmpty, groups > 0, match.output[groups].substring != nil {
            candidate = Self.substituting(transformRule, from: match) + rest
        }
        guard let first = candidate.first, startsWell(first) else { return digits }
        return candidate
    }

    private func startsWell(_ digit: Character) -> Bool { leadingDigits.isEmpty || leadingDigits.contains(digit) }
}
