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

    /// Typed or pasted text as E.164, read as libphonenumber reads it: `0151 1234 5678` in Germany → `+4915112345678`;
    /// `+44 …`, the country's international prefix (`00 44 …` in Germany, `011 44 …` in the US) or `00 44 …` keeps its
    /// own country whatever the default, and its national prefix is dropped there too (`+44 (0) 20 …` → `+4420…`);
    /// then the server's rule, and (when checked) the possible lengths of the calling code's main country.
    public func read(_ text: String) throws(PhoneRejection) -> PhoneNumber {
        let typed = try PhoneNumber.scanningDigits(text)
        let code: String?
        let reader: Country?
        let national: String
        if let written = international(typed) {
            // libphonenumber reads a calling code's numbers by its main country's metadata, whatever the default.
            code = Country.callingCode(startingDigits: written)
            reader = code.flatMap { Country.forCallingCode($0, preferring: mainCountry) }
            let rest = String(written.dropFirst(code?.count ?? 0))
            national = reader?.nationalNumber(rest) ?? rest
        } else {
            guard let country else { throw .missingPlus(digits: typed.digits.count) }
            code = country.callingCode
            if let afterCode = country.strippingOwnCallingCode(typed.digits) {
                // The calling code typed without `+`: read on by its main country, as after a `+`.
                reader = Country.forCallingCode(country.callingCode, preferring: mainCountry) ?? country
                national = reader?.nationalNumber(afterCode) ?? afterCode
            } else {
                reader = country
                national = country.nationalNumber(typed.digits)
            }
        }
        let number = try PhoneNumber.checked((code ?? "") + national)
        // Lengths as libphonenumber's is_possible_number checks them: the calling code's main country's, except that
        // a local-only length (a number without its area code) is refused: no SMS reaches it.
        if checksLength, let code, let judge = Country.forCallingCode(code, preferring: reader?.isMainForCallingCode == true ? reader : nil),
           !judge.allowsLength(national.count) {
            // A trunk prefix kept because the rest was too short is not counted: the person typed it as a prefix.
            let counted = reader?.strippingNationalPrefix(national)?.count ?? national.count
            throw .impossibleLength(digits: counted, country: judge.code)
        }
        return number
    }

    /// The country when it is its calling code's main country (whose rules read that code's numbers), else nil: spares
    /// reading its record again.
    private var mainCountry: Country? { country?.isMainForCallingCode == true ? country : nil }

    /// The digits after the calling code's lead-in: a `+`, the country's international prefix, or `00`; nil for a
    /// national number.
    private func international(_ typed: (plus: Bool, digits: String)) -> Substring? {
        if typed.plus { return typed.digits[...] }
        if let rest = country?.strippingInternationalPrefix(typed.digits[...]) { return rest }
        return typed.digits.hasPrefix("00") ? typed.digits.dropFirst(2) : nil
    }

    /// Text in the phone field as its country writes it, while it is typed: `0151 1234` in Germany → `+49 151 1234`,
    /// `+14155550100` → `+1 415-555-0100`. Text that is not (yet) a number is shown as it is.
    public func shown(_ text: String) -> String {
        // A whole, possible number is grouped as sent; anything else is grouped as far as it is typed.
        var whole = self
        whole.checksLength = true
        if let number = try? whole.read(text) { return grouped(number) }
        guard let typed = try? PhoneNumber.scanningDigits(text), !typed.digits.isEmpty else { return text }
        if let written = international(typed) {
            guard !written.isEmpty else { return text }
            guard let code = Country.callingCode(startingDigits: written),
                  let owner = Country.forCallingCode(code, preferring: country) else { return "+" + written }
            return Self.joined(code, owner.grouped(String(written.dropFirst(code.count))))
        }
        guard let country else { return text }
        // The trunk prefix alone (`0` in Germany, `1` in the US) says nothing yet about the number.
        if typed.digits.count <= country.nationalPrefix.count, country.nationalPrefix.hasPrefix(typed.digits) { return text }
        return Self.joined(country.callingCode, country.grouped(country.significant(typed.digits, complete: false)))
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
