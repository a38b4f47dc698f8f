import PhoneAuth
import Testing

@Suite("The phone rule ^\\+\\d{5,25}$ with ASCII digits only")
struct PhoneNumberRuleTests {
    static let cases: [(text: String, valid: Bool, why: String)] = [
        ("+12345", true, "5 digits, the fewest"),
        ("+" + String(repeating: "9", count: 25), true, "25 digits, the most"),
        ("+1234", false, "4 digits"),
        ("+" + String(repeating: "9", count: 26), false, "26 digits"),
        ("+4915112345678", true, "a German mobile"),
        ("+12345\n", false, "a trailing newline"),
        (" +12345", false, "a leading space"),
        ("+12 345", false, "a space inside"),
        ("12345", false, "no plus"),
        ("++12345", false, "two pluses"),
        ("", false, "empty"),
        ("+", false, "only the plus"),
        ("+12345a", false, "a letter"),
        ("+١٢٣٤٥٦", false, "Arabic-Indic digits"),
        ("+１２３４５６", false, "fullwidth digits"),
        ("+१२३४५६", false, "Devanagari digits"),
        ("+12345\u{0}", false, "a NUL after the digits"),
    ]

    @Test("isValid follows the rule", arguments: cases)
    func rule(_ example: (text: String, valid: Bool, why: String)) {
        #expect(PhoneNumber.isValid(example.text) == example.valid, "\(example.why)")
        #expect((PhoneNumber(validating: example.text) != nil) == example.valid, "\(example.why)")
    }

    @Test("masking keeps the plus and the last two digits")
    func masking() throws {
        let number = try #require(PhoneNumber(validating: "+4915112345678"))
        #expect(number.masked() == "+•••••••••••78")
        #expect(number.masked(keepingLast: 4, mask: "*") == "+*********5678")
        #expect("\(number)" == number.masked(), "string interpolation must never show the whole number")
        #expect(!"\(number)".contains("1511234"))
    }
}
