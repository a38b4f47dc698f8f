import PhoneAuthModel
/// Builds a URL query with every reserved character percent-encoded (a `+` in a phone number stays a plus).
public enum QueryString {
    /// `a=1&b=%2B49…`, in the order given, skipping nil values.
    public static func encode(_ items: [(String, String?)]) -> String {
        items.compactMap { name, value in value.map { escape(name) + "=" + escape($0) } }.joined(separator: "&")
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    public static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
