import PhoneAuthModel
import Testing

/// National numbers as people write them, read in their country by the generated table; the expected E.164 and
/// international groupings are what libphonenumber itself (the `phonenumbers` package the table comes from) says.
@Suite struct CountryNumberTests {
    static let national: [(country: String, typed: String, e164: String, grouped: String)] = [
        ("DE", "0151 1234 5678", "+4915112345678", "+49 1511 2345678"),
        ("DE", "030 1234567", "+49301234567", "+49 30 1234567"),
        ("DE", "+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("DE", "0044 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("GB", "020 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("GB", "07700 900123", "+447700900123", "+44 7700 900123"),
        ("FR", "06 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),
        ("FR", "01.23.45.67.89", "+33123456789", "+33 1 23 45 67 89"),
        ("IT", "06 1234 5678", "+390612345678", "+39 06 1234 5678"),
        ("IT", "347 123 4567", "+393471234567", "+39 347 123 4567"),
        ("RU", "8 912 345-67-89", "+79123456789", "+7 912 345-67-89"),
        ("RU", "8 (495) 123-45-67", "+74951234567", "+7 495 123-45-67"),
        ("RU", "8 800 555-35-35", "+78005553535", "+7 800 555-35-35"),
        ("RU", "+7 912 345 67 89", "+79123456789", "+7 912 345-67-89"),
        ("US", "(415) 555-0100", "+14155550100", "+1 415-555-0100"),
        ("US", "1 415 555 0100", "+14155550100", "+1 415-555-0100"),
        ("US", "1-415-555-0100", "+14155550100", "+1 415-555-0100"),
        ("US", "415.555.0100", "+14155550100", "+1 415-555-0100"),
        ("JP", "090-1234-5678", "+819012345678", "+81 90-1234-5678"),
        ("JP", "03-1234-5678", "+81312345678", "+81 3-1234-5678"),
        ("ES", "612 34 56 78", "+34612345678", "+34 612 34 56 78"),
        ("NL", "06 12345678", "+31612345678", "+31 6 12345678"),
        ("PL", "512 345 678", "+48512345678", "+48 512 345 678"),
        ("BR", "(11) 91234-5678", "+5511912345678", "+55 11 91234-5678"),
        ("BR", "0 11 91234-5678", "+5511912345678", "+55 11 91234-5678"),
        ("IN", "098765 43210", "+919876543210", "+91 98765 43210"),
        ("AU", "0412 345 678", "+61412345678", "+61 412 345 678"),
        ("CN", "138 0013 8000", "+8613800138000", "+86 138 0013 8000"),
        ("MX", "55 1234 5678", "+525512345678", "+52 55 1234 5678"),
        ("AR", "011 15 2345-6789", "+5491123456789", "+54 9 11 2345-6789"),
        ("CH", "079 123 45 67", "+41791234567", "+41 79 123 45 67"),
        ("AT", "0664 1234567", "+436641234567", "+43 664 1234567"),
        ("SE", "070-123 45 67", "+46701234567", "+46 70 123 45 67"),
        ("KR", "010-1234-5678", "+821012345678", "+82 10-1234-5678"),
        ("CA", "613 555 0199", "+16135550199", "+1 613-555-0199"),
        ("UA", "067 123 4567", "+380671234567", "+380 67 123 4567"),
        ("TR", "0532 123 45 67", "+905321234567", "+90 532 123 45 67"),
        // Business cards: the trunk prefix in brackets after the calling code is dropped, as libphonenumber drops it.
        ("GB", "+44 (0) 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("DE", "+49 (0)151 2345 6789", "+4915123456789", "+49 1512 3456789"),
        ("CH", "+41 (0)44 668 18 00", "+41446681800", "+41 44 668 18 00"),
        ("FR", "+41 (0)44 668 18 00", "+41446681800", "+41 44 668 18 00"),
        // The country's own international prefix (the metadata's pattern), not only 00.
        ("US", "011 44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("JP", "010 49 151 2345 6789", "+4915123456789", "+49 1512 3456789"),
        ("AU", "0011 33 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),
        ("RU", "810 49 30 1234567", "+49301234567", "+49 30 1234567"),
        // The calling code typed without `+`, where the digits as they stand are no number here (too long in the UK).
        ("GB", "44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ]

    @Test("a national number becomes E.164 by its country's rules", arguments: national)
    func readsNational(_ example: (country: String, typed: String, e164: String, grouped: String)) throws {
        let rules = NumberRules(country: try #require(Country(code: example.country)))
        let number = try rules.read(example.typed)
        #expect(number.e164 == example.e164)
        #expect(rules.grouped(number) == example.grouped, "grouped as libphonenumber's international format")
        #expect(rules.shown(example.typed) == example.grouped, "the field shows it grouped")
    }

    static let refused: [(country: String?, typed: String, rejection: PhoneRejection)] = [
        ("DE", "0151 1234 5678 1234 5", .impossibleLength(digits: 16, country: "DE")),
        ("US", "415 555 010", .impossibleLength(digits: 9, country: "US")),
        ("US", "1 415 555 01000", .impossibleLength(digits: 11, country: "US")),
        ("GB", "020 7946 09588888", .impossibleLength(digits: 14, country: "GB")),
        ("RU", "8 912 345 67", .impossibleLength(digits: 8, country: "RU")),
        ("FR", "+44 20 79", .impossibleLength(digits: 4, country: "GB")),
        ("DE", "0151 ABC", .invalidCharacter("A", position: 5)),
        ("IT", "06 12x4", .invalidCharacter("x", position: 5)),
        // libphonenumber keeps the 0 (`+49015`, possible only as a local number); a local-only length is refused here.
        ("DE", "0 15", .impossibleLength(digits: 2, country: "DE")),
        ("DE", "   ", .empty),
        ("JP", "090+1234", .misplacedPlus(position: 3)),
        (nil, "0151 1234 5678", .missingPlus(digits: 12)),
        (nil, "+1 415 555 010", .impossibleLength(digits: 9, country: "US")),
    ]

    @Test("impossible lengths, letters and national numbers without a country are refused before any request", arguments: refused)
    func refuses(_ example: (country: String?, typed: String, rejection: PhoneRejection)) {
        let rules = NumberRules(country: example.country.flatMap { Country(code: $0) })
        #expect(throws: example.rejection) { try rules.read(example.typed) }
    }

    @Test("a trunk prefix stays where stripping it leaves too short a number, as libphonenumber reads it")
    func keptTrunkPrefix() throws {
        // libphonenumber (`phonenumbers` 9.0.43): parse("015 1", "DE") is +490151, a possible length (4) in Germany.
        #expect(try NumberRules(country: Country(code: "DE")).read("015 1").e164 == "+490151")
    }

    @Test("--no-number-check sends what the server's rule allows")
    func uncheckedLengths() throws {
        let rules = NumberRules(country: Country(code: "US"), checksLength: false)
        #expect(try rules.read("415 555 010").e164 == "+1415555010")
    }

    @Test("the reason is worded with the country's name", arguments: [
        (PhoneRejection.impossibleLength(digits: 3, country: "DE"), "too short for a number in Germany (3 digits after +49; 4–15 possible)"),
        (.impossibleLength(digits: 11, country: "US"), "too long for a number in United States (11 digits after +1; 10 possible)"),
        (.impossibleLength(digits: 12, country: "RU"), "not a possible length for a number in Russia (12 digits after +7; 10 or 14 possible)"),
    ])
    func wording(_ example: (PhoneRejection, String)) {
        #expect(ErrorWording.message(for: example.0) == example.1)
    }

    @Test("while typing, the number is grouped as far as it goes", arguments: [
        ("DE", "0", "0"), ("DE", "01", "+49 1"), ("DE", "0151 1", "+49 1511"), ("DE", "0151 12", "+49 1511 2"),
        ("US", "1", "1"), ("US", "415", "+1 415"), ("US", "4155", "+1 415-5"), ("US", "+1415555", "+1 415-555"),
        ("GB", "+44", "+44"), ("GB", "0207", "+44 20 7"), ("IT", "06", "+39 06"),
    ])
    func groupsWhileTyping(_ example: (String, String, String)) {
        #expect(NumberRules(country: Country(code: example.0)).shown(example.1) == example.2)
    }

    @Test("the code screen's mask keeps the country and the last digits", arguments: [
        ("+4915112345678", "+49 •••• •••••78"), ("+14155550100", "+1 •••-•••-••00"), ("+442079460958", "+44 •• •••• ••58"),
    ])
    func masks(_ example: (String, String)) throws {
        let number = try #require(PhoneNumber(validating: example.0))
        #expect(NumberRules().masked(number) == example.1)
    }
}
