/// Percent-encoding (RFC 3986 §2.1) of text for a URL, byte for byte what Foundation's
/// `addingPercentEncoding(withAllowedCharacters:)` gives for the sets the program uses, without NSString.
public enum PercentEncoding {
    /// `text` with every scalar that `isAllowed` refuses written as `%XX` of its UTF-8 bytes (upper-case hex).
    public static func encode(_ text: String, allowing isAllowed: (Unicode.Scalar) -> Bool) -> String {
        var encoded = ""
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    encoded += "%" + String(Self.digits[Int(byte >> 4)]) + String(Self.digits[Int(byte & 0x0F)])
                }
            }
        }
        return encoded
    }

    /// One segment of a URL's path: Foundation's `.urlPathAllowed` less `/` (RFC 3986's `pchar`: letters, digits,
    /// `-._~`, `!$&'()*+,;=`, `:` and `@`).
    public static func pathSegment(_ text: String) -> String {
        encode(text) { $0.isASCII && (isASCIIAlphanumeric($0) || "-._~!$&'()*+,;=:@".unicodeScalars.contains($0)) }
    }

    /// Foundation's `.alphanumerics` kept (every letter, mark and digit of Unicode), everything else encoded.
    public static func keepingAlphanumerics(_ text: String) -> String {
        encode(text) { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: true
            default: false
            }
        }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static let digits = Array("0123456789ABCDEF")
}
