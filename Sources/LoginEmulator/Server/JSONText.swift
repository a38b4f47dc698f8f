import NIOCore
import PhoneAuth

/// The JSON of the answers on the login path, written directly: byte for byte what `ResponseBody.json` (a
/// `JSONEncoder` with sorted keys and unescaped slashes) makes of the same values, without its per-call cost, which
/// the load benchmark measured at about a tenth of the emulator's CPU.
enum JSONText {
    /// `{"operation_id":"…"}`.
    static func body(_ value: StartAuthResponse) -> ByteBuffer {
        ByteBuffer(string: "{\"operation_id\":" + string(value.operationID) + "}")
    }

    /// `{"login_url":"…"}`.
    static func body(_ value: CompleteAuthResponse) -> ByteBuffer {
        ByteBuffer(string: "{\"login_url\":" + string(value.loginURL) + "}")
    }

    /// The outbox listing: an array of messages, keys sorted, `link` only when there is one.
    static func body(_ messages: [SMSMessage]) -> ByteBuffer {
        var text = "["
        for (index, message) in messages.enumerated() {
            if index > 0 { text += "," }
            text += "{\"code\":" + string(message.code) + ",\"confirm_attempts\":" + String(message.confirmAttempts)
            if let link = message.link { text += ",\"link\":" + string(link) }
            text += ",\"operation_id\":" + string(message.operationID) + ",\"phone_number\":" + string(message.phoneNumber)
                + ",\"sent_at\":" + string(message.sentAt) + ",\"text\":" + string(message.text) + "}"
        }
        return ByteBuffer(string: text + "]")
    }

    /// A JSON string literal, escaped as `JSONEncoder` escapes it with `.withoutEscapingSlashes`.
    static func string(_ value: String) -> String {
        var out = "\""
        var plainStart = value.utf8.startIndex
        var index = plainStart
        let utf8 = value.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                index = utf8.index(after: index)
                continue
            }
            out += value[plainStart..<index]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            default: out += "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            }
            index = utf8.index(after: index)
            plainStart = index
        }
        out += value[plainStart..<index]
        return out + "\""
    }
}
