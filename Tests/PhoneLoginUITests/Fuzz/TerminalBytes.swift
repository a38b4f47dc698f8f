import PhoneLoginUI

/// Bytes from the terminal turned into raw inputs, as the terminal library does: UTF-8 into scalars, and each byte
/// of an invalid sequence either as U+FFFD or as the Latin-1 scalar of the same value (libraries differ).
enum TerminalBytes {
    /// The raw inputs for `bytes`.
    static func inputs(_ bytes: [UInt8], invalidAsLatin1: Bool) -> [RawInput] {
        var inputs: [RawInput] = []
        inputs.reserveCapacity(bytes.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                inputs.append(.scalar(Unicode.UTF8.decode(encoded)))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    inputs.append(.scalar(invalidAsLatin1 ? Unicode.Scalar(byte) : "\u{FFFD}"))
                }
                offset += length
            case .emptyInput:
                return inputs
            }
        }
    }
}
