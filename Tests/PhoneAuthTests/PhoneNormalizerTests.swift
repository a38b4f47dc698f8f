import PhoneAuth
import Testing

@Suite("Normalising typed and pasted phone numbers")
struct PhoneNormalizerTests {
    static let accepted: [(input: String, e164: String)] = [
        ("+1 (415) 555-0100", "+14155550100"),
        ("+49 151 1234 5678", "+4915112345678"),
        ("  +4915112345678 ", "+4915112345678"),
        ("+4915112345678\n", "+4915112345678"),
        ("0049 151 12345678", "+4915112345678"),
        ("+1.415.555.0100", "+14155550100"),
        ("+44 20/7946-0958", "+442079460958"),
        ("+33\u{00A0}6\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78", "+33612345678"),
        ("+12345", "+12345"),
        ("+" + String(repeating: "1", count: 25), "+" + String(repeating: "1", count: 25)),
        ("+12 345 678 901 234 567 890 123 45", "+1234567890123456789012345"),
    ]

    static let refused: [(input: String, rejection: PhoneRejection)] = [
        ("", .empty),
        ("   \n", .empty),
        ("+1234", .tooFewDigits(4)),
        ("+1 2 3 4", .tooFewDigits(4)),
        ("+" + String(repeating: "1", count: 26), .tooManyDigits(26)),
        ("4155550100", .missingPlus(digits: 10)),
        ("(415) 555-0100", .missingPlus(digits: 10)),
        ("+1 415 CALL", .invalidCharacter("C", position: 7)),
        ("+١٢٣٤٥٦", .invalidCharacter("١", position: 1)),
        ("+1+2345", .misplacedPlus(position: 2)),
        ("+49 151 1234 5678 ext 9", .invalidCharacter("e", position: 18)),
        (String(repeating: "1", count: 200), .tooLong(200)),
        ("00", .tooFewDigits(0)),
    ]

    @Test("accepted inputs become E.164", arguments: accepted)
    func accepts(_ example: (input: String, e164: String)) throws {
        let number = try PhoneNumber.normalizing(example.input)
        #expect(number.e164 == example.e164)
        #expect(PhoneNumber.isValid(number.e164), "whatever the normaliser returns passes the strict rule")
    }

    @Test("refused inputs say why", arguments: refused)
    func refuses(_ example: (input: String, rejection: PhoneRejection)) {
        #expect(throws: example.rejection) { try PhoneNumber.normalizing(example.input) }
    }

    @Test("the reason is worded for a person", arguments: [
        (PhoneRejection.tooFewDigits(4), "needs + and 5–25 digits; got 4"),
        (.tooManyDigits(26), "needs + and 5–25 digits; got 26"),
        (.empty, "needs + and 5–25 digits; got nothing"),
        (.invalidCharacter("١", position: 1), "needs + and 5–25 digits; “١” at position 2 is not allowed (only the digits 0–9 count)"),
    ])
    func wording(_ example: (PhoneRejection, String)) {
        #expect(ErrorWording.message(for: example.0) == example.1)
    }

    @Test("a huge paste is refused at once, not scanned")
    func hugePaste() {
        let paste = String(repeating: "+49 151 1234 5678 ", count: 10_000)
        #expect(throws: PhoneRejection.tooLong(paste.count)) { try PhoneNumber.normalizing(paste) }
    }
}
