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
        let scanned = try scanning(text)
        guard scanned.international else { throw .missingPlus(digits: scanned.digits.count) }
        return try checked(scanned.digits)
    }

    /// The digits of typed or pasted text and whether they were written internationally (after `+` or `00`, which
    /// is dropped); refuses what no way of writing a number allows (letters, a `+` inside, nothing at all).
    public static func scanning(_ text: String) throws(PhoneRejection) -> (international: Bool, digits: String) {
        let typed = try scanningDigits(text)
        if !typed.plus, typed.digits.hasPrefix("00") { return (true, String(typed.digits.dropFirst(2))) }
        return (typed.plus, typed.digits)
    }

    /// The digits of typed or pasted text and whether a `+` led them (any international prefix left in the digits);
    /// refuses what no way of writing a number allows (letters, a `+` inside, nothing at all).
    public static func scanningDigits(_ text: String) throws(PhoneRejection) -> (plus: Bool, digits: String) {
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
        return (sawPlus, digits)
    }

    /// The number `+digits`, if the server's rule (5 to 25 digits) allows it.
    static func checked(_ digits: String) throws(PhoneRejection) -> PhoneNumber {
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
