extension Country {
    /// The metadata's version the table was generated from (the `phonenumbers` package's).
    public static var metadataVersion: String { CountryTable.metadataVersion }

    /// Every country in the table, sorted by ISO code (parsed on first use, once).
    public static let all: [Country] = CountryTable.records.compactMap(Country.init(record:))

    /// The country with ISO code `code` (any case), or nil when the table has none: reads only that record.
    public init?(code: String) {
        let wanted = code.uppercased()
        guard wanted.count == 2, wanted.allSatisfy({ $0.isASCII && $0.isLetter }),
              let line = CountryTable.records.first(where: { $0.hasPrefix(wanted + "¦") }) else { return nil }
        self.init(record: line)
    }

    /// The country numbers with `callingCode` belong to: `preferred` when it has that code, else the code's main country.
    public static func forCallingCode(_ callingCode: String, preferring preferred: Country? = nil) -> Country? {
        if let preferred, preferred.callingCode == callingCode { return preferred }
        return MainCountryCache.shared.country(callingCode)
    }

    /// The calling code an international number's digits start with (1 to 3 digits; calling codes are prefix-free).
    public static func callingCode(startingDigits digits: Substring) -> String? {
        for length in 1...3 where digits.count >= length {
            let candidate = String(digits.prefix(length))
            if callingCodes.contains(candidate) { return candidate }
        }
        return nil
    }

    /// Every calling code in the table.
    static var callingCodes: Dictionary<String, [String]>.Keys { regionsByCallingCode.keys }

    /// The ISO codes under each calling code, its main country first: read from the records' first fields only, so
    /// the first number typed does not parse the whole table.
    static let regionsByCallingCode: [String: [String]] = {
        var index: [String: [String]] = [:]
        for record in CountryTable.records {
            let fields = record.split(separator: "¦", maxSplits: 12, omittingEmptySubsequences: false)
            guard fields.count == 13 else { continue }
            let (code, callingCode) = (String(fields[0]), String(fields[1]))
            if fields[8] == "1" { index[callingCode, default: []].insert(code, at: 0) } else { index[callingCode, default: []].append(code) }
        }
        return index
    }()

    /// Reads one compact record of `CountryTable` (its fields are described there).
    init?(record: String) {
        let fields = record.split(separator: "¦", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 13 else { return nil }
        code = fields[0]
        callingCode = fields[1]
        name = fields[2]
        nationalPrefix = fields[3]
        prefixForParsing = fields[4]
        transformRule = fields[5]
        leadingDigits = fields[6]
        possibleLengths = Self.lengths(fields[7])
        isMainForCallingCode = fields[8] == "1"
        localOnlyLengths = Self.lengths(fields[9])
        nationalPattern = fields[10]
        internationalPrefix = fields[11]
        formats = fields[12].split(separator: "¶").compactMap { entry in
            let parts = entry.split(separator: "·", omittingEmptySubsequences: false).map(String.init)
            return parts.count == 3 ? PhoneFormat(pattern: parts[0], format: parts[1], leadingDigits: parts[2]) : nil
        }
    }

    /// `4-15` or `6,8-10` as the lengths it names.
    static func lengths(_ text: String) -> [Int] {
        text.split(separator: ",").flatMap { run -> [Int] in
            let ends = run.split(separator: "-").compactMap { Int($0) }
            guard let low = ends.first, let high = ends.last, low <= high else { return [] }
            return Array(low...high)
        }
    }
}
