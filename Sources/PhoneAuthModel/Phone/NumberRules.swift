/// How typed text becomes a number: the country a national number is read in (nil: only `+`/`00` numbers), and
/// whether a length impossible in the number's country is refused before any request. The same rules serve the
/// full screen, plain mode, the kiosk and `request`/`confirm --phone`.
public struct NumberRules: Hashable, Sendable {
    /// The country national numbers are read in, or nil.
    public var country: Country?
    /// Whether a number whose length is impossible in its country is refused.
    public var checksLength: Bool

    /// Rules for `country`, checking lengths unless told not to.
    public init(country: Country? = nil, checksLength: Bool = true) {
        self.country = country
        self.checksLength = checksLength
    }

    /// Typed or pasted text as E.164: `0151 1234 5678` in Germany → `+4915112345678`; `+44 …` or `0044 …` keeps its
    /// own country whatever the default; then the server's rule, and (when checked) the country's possible lengths.
    public func read(_ text: String) throws(PhoneRejection) -> PhoneNumber {
        let scanned = try PhoneNumber.scanning(text)
        var digits = scanned.digits
        let owner: Country?
        let national: Substring
        if scanned.international {
            let code = Country.callingCode(startingDigits: digits[...])
            owner = code.flatMap { Country.forCallingCode($0, preferring: country) }
            national = digits.dropFirst(code?.count ?? 0)
        } else {
            guard let country else { throw .missingPlus(digits: digits.count) }
            owner = country
            national = country.significant(digits)[...]
            digits = country.callingCode + national
        }
        let number = try PhoneNumber.checked(digits)
        if checksLength, let owner, !owner.allowsLength(national.count) {
            throw .impossibleLength(digits: national.count, country: owner.code)
        }
        return number
    }

    /// Text in the phone field as its country writes it, while it is typed: `0151 1234` in Germany → `+49 151 1234`,
    /// `+14155550100` → `+1 415-555-0100`. Text that is not (yet) a number is shown as it is.
    public func shown(_ text: String) -> String {
        var lenient = self
        lenient.checksLength = false
        if let number = try? lenient.read(text) { return grouped(number) }
        guard let scanned = try? PhoneNumber.scanning(text), !scanned.digits.isEmpty else { return text }
        if scanned.international {
            guard let code = Country.callingCode(startingDigits: scanned.digits[...]),
                  let owner = Country.forCallingCode(code, preferring: country) else { return "+" + scanned.digits }
            return Self.joined(code, owner.grouped(String(scanned.digits.dropFirst(code.count))))
        }
        guard let country else { return text }
        // The trunk prefix alone (`0` in Germany, `1` in the US) says nothing yet about the number.
        if scanned.digits.count <= country.nationalPrefix.count, country.nationalPrefix.hasPrefix(scanned.digits) { return text }
        return Self.joined(country.callingCode, country.grouped(country.significant(scanned.digits, complete: false)))
    }

    /// A number grouped as its country writes it internationally: `+49 151 12345678`.
    public func grouped(_ number: PhoneNumber) -> String {
        guard let code = Country.callingCode(startingDigits: number.digits),
              let owner = Country.forCallingCode(code, preferring: country) else { return number.e164 }
        return Self.joined(code, owner.grouped(String(number.digits.dropFirst(code.count))))
    }

    /// The grouped number with its country visible and all but its last `visible` digits hidden: `+49 ••• •••••678`.
    public func masked(_ number: PhoneNumber, keepingLast visible: Int = 2, mask: Character = "•") -> String {
        let shownCode = Country.callingCode(startingDigits: number.digits)?.count ?? 0
        let total = number.digits.count
        var seen = 0
        var text = ""
        for character in grouped(number) {
            guard character.isASCIIDigit else { text.append(character); continue }
            seen += 1
            text.append(seen <= shownCode || seen > total - visible ? character : mask)
        }
        return text
    }

    /// `+code grouped`, or `+code` while nothing follows it.
    private static func joined(_ code: String, _ grouped: String) -> String {
        grouped.isEmpty ? "+" + code : "+" + code + " " + grouped
    }
}
