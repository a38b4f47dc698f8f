/// Bytes as lower-case hexadecimal, two digits a byte (what `String(format: "%02x")` wrote a byte at a time, without
/// Foundation's formatting, which pulls ICU into the static binary).
public enum Hex {
    /// `bytes` as lower-case hex.
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var text = ""
        for byte in bytes {
            text.unicodeScalars.append(digits[Int(byte >> 4)])
            text.unicodeScalars.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    private static let digits = Array("0123456789abcdef".unicodeScalars)
}
