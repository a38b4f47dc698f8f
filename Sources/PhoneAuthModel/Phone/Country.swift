/// A country's phone rules as libphonenumber's metadata states them: its calling code, national (trunk) prefix,
/// possible lengths and how its numbers are grouped. Read from the generated `CountryTable`; no hand-written rules.
public struct Country: Hashable, Sendable, CustomStringConvertible {
    /// The ISO 3166 alpha-2 code, e.g. `DE`.
    public let code: String
    /// The English name, e.g. `Germany`.
    public let name: String
    /// The calling code's digits, e.g. `49`.
    public let callingCode: String
    /// The national (trunk) prefix people dial before a national number, e.g. `0` (empty: none).
    public let nationalPrefix: String
    /// The metadata's pattern for what to strip from the start of a national number (empty: nothing is stripped).
    let prefixForParsing: String
    /// What replaces a stripped prefix that captured a group (`$1`…), or empty to drop it.
    let transformRule: String
    /// The digits a national significant number can start with (empty: any).
    let leadingDigits: String
    /// The lengths a national significant number can have.
    public let possibleLengths: [Int]
    /// Whether this is the main country of its calling code (the US for +1, the UK for +44).
    public let isMainForCallingCode: Bool
    /// The lengths of numbers dialled without their area code, possible only locally (the US's 7 digits).
    let localOnlyLengths: [Int]
    /// The metadata's pattern a whole national significant number matches: libphonenumber keeps a prefix whose
    /// stripping would turn a matching number into a non-matching one.
    let nationalPattern: String
    /// The metadata's pattern for the international (IDD) prefix dialled here before a calling code (`011` in the US).
    let internationalPrefix: String
    /// How numbers are grouped in the international format, first match wins.
    let formats: [PhoneFormat]

    /// The ISO code, e.g. `DE`.
    public var description: String { code }

    /// Whether a national significant number of `count` digits is possible here.
    public func allowsLength(_ count: Int) -> Bool { possibleLengths.contains(count) }

    /// Two countries are the same country when their codes are.
    public static func == (lhs: Country, rhs: Country) -> Bool { lhs.code == rhs.code }

    /// Hashes the code.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
