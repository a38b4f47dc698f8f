import Foundation
@testable import PhoneLoginPrompt
import PhoneLoginTestSupport
import Testing

@Suite("Reading answers a line at a time")
struct LineReaderTests {
    /// Bytes written to a pipe and closed: the lines read from it.
    static let cases: [(String, [UInt8], [String])] = [
        ("lines", Array("+4915112345678\n1234\n".utf8), ["+4915112345678", "1234"]),
        ("CRLF, and a last line without a newline", Array("a\r\nb".utf8), ["a", "b"]),
        ("empty lines count", Array("\n\n".utf8), ["", ""]),
        ("nothing", [], []),
        ("a line past the limit is cut, the next one kept", Array((String(repeating: "1", count: 5_000) + "\nr\n").utf8),
         [String(repeating: "1", count: LineReader.longestLine), "r"]),
        ("invalid UTF-8 becomes U+FFFD", [0xFF, 0x31, 0x0A], ["\u{FFFD}1"]),
    ]

    @Test("lines, then the end", arguments: cases)
    func lines(_ example: (String, [UInt8], [String])) throws {
        // Closed on exec: a program another test starts meanwhile must not hold the write end open (no end of input).
        let ends = try #require(CloseOnExec.pipe())
        defer { close(ends[0]) }
        _ = example.1.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        var reader = LineReader(descriptor: ends[0])
        var lines: [String] = []
        var reads = 0
        while !reader.ended, reads < 100 {
            reader.fill()
            reads += 1
        }
        while let line = reader.nextLine() { lines.append(line) }
        #expect(reader.ended)
        #expect(lines == example.2, "\(example.0)")
        #expect(!reader.hasLine)
    }
}
