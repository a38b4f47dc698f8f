/// libphonenumber's reading of dialled digits (its `parse`), step for step, from the metadata in the table: the
/// international prefix, the national prefix with its transform rule, and the length checks that decide whether a
/// stripped prefix stays stripped.
extension Country {
    /// The digits after this country's international (IDD) prefix (`011` in the US, `00` in Germany), or nil when they
    /// do not start with it. As in libphonenumber, a prefix followed by `0` is not one (no calling code starts with 0).
    func strippingInternationalPrefix(_ digits: Substring) -> Substring? {
        guard !internationalPrefix.isEmpty, let regex = PatternCache.shared.regex(internationalPrefix),
              let match = digits.prefixMatch(of: regex), !match.range.isEmpty else { return nil }
        let rest = digits[match.range.upperBound...]
        return rest.first == "0" ? nil : rest
    }

    /// The national significant number of national `digits` dialled in this country, as libphonenumber's `parse` makes
    /// it: the national prefix stripped (`0151…` → `151…`, also after a calling code: `+44 (0) 20…`), unless stripping
    /// leaves a length that is too short, local only or impossible.
    func nationalNumber(_ digits: String) -> String {
        guard let stripped = strippingNationalPrefix(digits) else { return digits }
        switch length(stripped.count) {
        case .tooShort, .localOnly, .invalid: return digits
        case .possible, .tooLong: return stripped
        }
    }

    /// National digits that start with this country's calling code typed without `+` (`44 20 7946 0958` in the UK),
    /// after that code and any national prefix, when libphonenumber reads them so: the digits as they stand do not
    /// match the national pattern while the rest does, or are too long; nil when they are a national number.
    func strippingOwnCallingCode(_ digits: String) -> String? {
        guard digits.hasPrefix(callingCode) else { return nil }
        let rest = String(digits.dropFirst(callingCode.count))
        let candidate = strippingNationalPrefix(rest) ?? rest
        let better = !matchesNationalPattern(digits) && matchesNationalPattern(candidate)
        return better || length(digits.count) == .tooLong ? candidate : nil
    }

    /// libphonenumber's `_maybe_strip_national_prefix_carrier_code`: `number` without the national prefix (transformed
    /// by the metadata's rule when its last group matched), or nil when there is none to strip, or when stripping would
    /// turn a number matching the national pattern into one that does not.
    func strippingNationalPrefix(_ number: String) -> String? {
        guard !number.isEmpty, !prefixForParsing.isEmpty, let regex = PatternCache.shared.regex(prefixForParsing),
              let match = number.prefixMatch(of: regex) else { return nil }
        let rest = number[match.range.upperBound...]
        let groups = match.output.count - 1
        let stripped = transformRule.isEmpty || groups == 0 || match.output[groups].substring == nil
            ? String(rest) : Self.substituting(transformRule, from: match) + rest
        if matchesNationalPattern(number), !matchesNationalPattern(stripped) { return nil }
        return stripped
    }

    /// Whether `number` matches the metadata's national number pattern entirely (false where the table has none).
    func matchesNationalPattern(_ number: String) -> Bool {
        guard !nationalPattern.isEmpty, let regex = PatternCache.shared.regex(nationalPattern) else { return false }
        return number.wholeMatch(of: regex) != nil
    }

    /// How a national significant number of `count` digits fits this country's lengths (`_test_number_length`).
    func length(_ count: Int) -> NumberLength {
        if localOnlyLengths.contains(count) { return .localOnly }
        guard let shortest = possibleLengths.first, let longest = possibleLengths.last else { return .invalid }
        if count < shortest { return .tooShort }
        if count > longest { return .tooLong }
        return possibleLengths.contains(count) ? .possible : .invalid
    }
}
