import Foundation

/// Lines from a descriptor, read with `read(2)` only when `poll` says there is something: no stdio buffer that could
/// hide a line from `poll`. Bytes past `longestLine` in one line are dropped (the line is then refused for its length).
struct LineReader {
    /// The most bytes kept of one line.
    static let longestLine = 1_024

    let descriptor: Int32
    private var lines: [String] = []
    private var partial: [UInt8] = []
    /// Whether the input has ended (end of file, or an error reading it).
    private(set) var ended = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether a line is waiting to be taken.
    var hasLine: Bool { !lines.isEmpty || (ended && !partial.isEmpty) }

    /// The oldest waiting line without its line ending; at the end of input, an unterminated last line too.
    mutating func nextLine() -> String? {
        if !lines.isEmpty { return lines.removeFirst() }
        guard ended, !partial.isEmpty else { return nil }
        defer { partial = [] }
        return Self.text(partial)
    }

    /// Reads what is there now (call when `poll` reports the descriptor readable or hung up).
    mutating func fill() {
        var chunk = [UInt8](repeating: 0, count: 4_096)
        let count = read(descriptor, &chunk, chunk.count)
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        guard count > 0 else {
            ended = true
            return
        }
        for byte in chunk[..<count] {
            if byte == UInt8(ascii: "\n") {
                lines.append(Self.text(partial))
                partial = []
            } else if partial.count < Self.longestLine {
                partial.append(byte)
            }
        }
    }

    /// A line's bytes as text, without a trailing carriage return; invalid UTF-8 becomes U+FFFD.
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }
}
