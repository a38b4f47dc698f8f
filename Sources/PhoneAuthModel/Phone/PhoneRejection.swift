/// Why a piece of text is not a phone number: data only; `ErrorWording` turns it into words.
public enum PhoneRejection: Error, Hashable, Sendable {
    /// Nothing but white space.
    case empty
    /// No leading `+` (or `00`) before the digits; carries the digits counted.
    case missingPlus(digits: Int)
    /// Fewer than 5 digits; carries how many there are.
    case tooFewDigits(Int)
    /// More than 25 digits; carries how many there are.
    case tooManyDigits(Int)
    /// A character that is neither an ASCII digit nor an allowed separator, with its position (0-based).
    case invalidCharacter(Character, position: Int)
    /// A `+` that is not at the start.
    case misplacedPlus(position: Int)
    /// The text is longer than any phone number could be written; carries its length in characters.
    case tooLong(Int)
    /// A number whose length is impossible in its country (libphonenumber's possible lengths): the national
    /// number's digits counted, and the country's ISO code.
    case impossibleLength(digits: Int, country: String)
}
