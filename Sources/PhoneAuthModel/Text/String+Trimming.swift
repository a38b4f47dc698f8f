extension StringProtocol {
    /// The text without the scalars at either end for which `isTrimmed` holds (Foundation's
    /// `trimmingCharacters(in:)`, without NSString).
    public func trimming(while isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isTrimmed($0) })!
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start...end])
        return String(trimmed)
    }

    /// The text without spaces and tabs at either end: Foundation's `trimmingCharacters(in: .whitespaces)` (the space
    /// separators, U+0020, U+00A0, U+3000 …, and the tab).
    public func trimmingSpacesAndTabs() -> String {
        trimming { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without white space and line ends at either end: Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (Unicode's White_Space property).
    public func trimmingWhitespace() -> String {
        trimming { $0.properties.isWhitespace }
    }
}
