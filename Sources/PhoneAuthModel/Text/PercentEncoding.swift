/// Percent-encoding (RFC 3986 §2.1) of text for a URL, byte for byte what Foundation's
/// `addingPercentEncoding(withAllowedCharacters:)` gives for the sets the program uses, and its decoding, without
/// NSString.
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

    /// One segment of a URL's path: Foundation's `.urlPathAllowed` less `/` (ASCII letters and digits, `-._~`,
    /// `!$&'()*+,=`, `:` and `@`; Foundation's set leaves out `;`).
    public static func pathSegment(_ text: String) -> String {
        encode(text) { $0.isASCII && (isASCIIAlphanumeric($0) || "-._~!$&'()*+,=:@".unicodeScalars.contains($0)) }
    }

    /// What Foundation's `.alphanumerics` kept on Linux: ASCII letters and digits (it encoded every byte of a scalar
    /// beyond ASCII, letters and digits too).
    public static func keepingAlphanumerics(_ text: String) -> String {
        encode(text) { $0.isASCII && isASCIIAlphanumeric($0) }
    }

    /// `text` with its `%XX` escapes turned back into bytes: Foundation's `removingPercentEncoding`, nil when an
    /// escape is broken or the bytes are not UTF-8.
    public static func decode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static let digits = Array("0123456789ABCDEF")
}
