/// A phone number that satisfies Xsolla Login's rule `^\+\d{5,25}$`, where a digit is ASCII `0`–`9` only.
///
/// This is the one place the rule lives: the client, the emulator and the UI all ask it.
public struct PhoneNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The fewest digits the rule allows after the `+`.
    public static let minimumDigits = 5
    /// The most digits the rule allows after the `+`.
    public static let maximumDigits = 25
    /// The rule as Xsolla publishes it, for messages and documents.
    public static let pattern = #"^\+(\d){5,25}$"#

    /// The number in E.164 form: `+` followed by 5 to 25 ASCII digits.
    public let e164: String

    /// Accepts `text` only if it already matches the rule exactly (no spaces, no trailing newline).
    public init?(validating text: String) {
        guard Self.isValid(text) else { return nil }
        self.e164 = text
    }

    /// Whether `text` matches `^\+\d{5,25}$` with ASCII digits only and nothing after the last digit.
    public static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 1 + minimumDigits, bytes.count <= 1 + maximumDigits else { return false }
        guard bytes.first == UInt8(ascii: "+") else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The digits after the `+`.
    public var digits: Substring { e164.dropFirst() }

    /// The number with all but its last `visible` digits hidden, e.g. `+•••••••••78`: safe for logs and screens.
    public func masked(keepingLast visible: Int = 2, mask: Character = "•") -> String {
        let shown = digits.suffix(max(0, visible))
        return "+" + String(repeating: mask, count: digits.count - shown.count) + shown
    }

    /// The masked form: a phone number never reaches a log in full by accident.
    public var description: String { masked() }

    /// Decodes a string and applies the strict rule.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard Self.isValid(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a phone number matching \(Self.pattern)"))
        }
        self.e164 = text
    }

    /// Encodes the E.164 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(e164)
    }
}
