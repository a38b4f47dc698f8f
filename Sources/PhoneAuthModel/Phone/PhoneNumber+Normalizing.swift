extension PhoneNumber {
    /// The longest text the normaliser reads; anything longer is refused at once (a paste gone wrong).
    public static let maximumInputLength = 128

    /// Characters a person may type or paste between digits: spaces, dashes, dots, slashes and parentheses.
    public static let separators: Set<Character> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}", "-", "\u{2010}", "\u{2011}", "\u{2013}", ".", "/", "(", ")", "\t"]

    /// Turns typed or pasted text such as `+1 (415) 555-0100` or `0049 151 1234 5678` into E.164.
    ///
    /// White space around the text is ignored, separators between digits are dropped, and a leading
    /// international prefix `00` counts as `+`. Only ASCII digits count as digits: other scripts' digits
    /// are refused, as the server refuses them.
    public static func normalizing(_ text: String) throws(PhoneRejection) -> PhoneNumber {
        guard text.count <= maximumInputLength else { throw .tooLong(text.count) }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }

        var digits = ""
        var sawPlus = false
        var firstSignificant = true
        for (position, character) in trimmed.enumerated() {
            if character == "+" {
                guard firstSignificant else { throw .misplacedPlus(position: position) }
                sawPlus = true
                firstSignificant = false
            } else if character.isASCIIDigit {
                digits.append(character)
                firstSignificant = false
            } else if separators.contains(character) {
                continue
            } else {
                throw .invalidCharacter(character, position: position)
            }
        }
        if !sawPlus {
            guard digits.hasPrefix("00") else { throw .missingPlus(digits: digits.count) }
            digits.removeFirst(2)
        }
        guard digits.count >= minimumDigits else { throw .tooFewDigits(digits.count) }
        guard digits.count <= maximumDigits else { throw .tooManyDigits(digits.count) }
        guard let number = PhoneNumber(validating: "+" + digits) else { throw .tooFewDigits(digits.count) }
        return number
    }
}

extension String {
    /// The text without white space or newlines at either end.
    func trimmingWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return self[start...end]
    }
}
