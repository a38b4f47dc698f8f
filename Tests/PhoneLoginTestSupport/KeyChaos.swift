/// Random terminal input as bytes, the way a keyboard, a terminal and a clipboard produce it, and the way they go
/// wrong: printable text, control keys, escape sequences (CSI, SS3, cut short, a lone Esc), invalid UTF-8,
/// characters of other scripts, and pastes of up to 70 KB with and without bracketed-paste markers (some never
/// terminated).
public enum KeyChaos {
    /// What a chunk is, for counting and for failure reports.
    public enum Kind: String, CaseIterable, Sendable {
        /// Keys: printable ASCII, a phone number as typed, digits, one control key.
        case printable, phoneNumber, digits, control
        /// Escape sequences: complete CSI and SS3 ones, broken ones, and Esc on its own.
        case csi, ss3, brokenSequence, loneEscape
        /// Bytes that are not valid UTF-8, and characters of other scripts (emoji, combining marks, bidi overrides).
        case invalidUTF8, otherScript
        /// Pastes: bracketed, bracketed but never ended, without markers, and an end marker on its own.
        case bracketedPaste, unterminatedPaste, plainPaste, strayPasteEnd
    }

    /// One chunk of input: what it is and its bytes.
    public struct Chunk: Sendable {
        /// What it is.
        public let kind: Kind
        /// The bytes a terminal would deliver.
        public let bytes: [UInt8]
    }

    static let pasteStart = Array("\u{1B}[200~".utf8)
    static let pasteEnd = Array("\u{1B}[201~".utf8)

    /// A random chunk. With `keepsRunning`, nothing that would end or stop a real program on purpose: no lone Esc
    /// (it quits on the phone screen) and no byte the terminal turns into a signal or flow control (Ctrl-C, Ctrl-Z,
    /// Ctrl-\, Ctrl-S, Ctrl-Q, Ctrl-V).
    public static func chunk(using random: inout SeededGenerator, keepsRunning: Bool = false, largestPaste: Int = 70_000) -> Chunk {
        let kinds = Kind.allCases.filter { !keepsRunning || $0 != .loneEscape }
        let weights: [Kind: Int] = [
            .printable: 14, .phoneNumber: 10, .digits: 12, .control: 10, .csi: 12, .ss3: 4, .brokenSequence: 6, .loneEscape: 3,
            .invalidUTF8: 6, .otherScript: 6, .bracketedPaste: 5, .unterminatedPaste: 1, .plainPaste: 2, .strayPasteEnd: 1,
        ]
        let kind = kinds[random.weighted(kinds.map { weights[$0] ?? 1 })]
        return Chunk(kind: kind, bytes: bytes(of: kind, using: &random, keepsRunning: keepsRunning, largestPaste: largestPaste))
    }

    static func bytes(of kind: Kind, using random: inout SeededGenerator, keepsRunning: Bool, largestPaste: Int) -> [UInt8] {
        switch kind {
        case .printable:
            return (0..<Int.random(in: 1...12, using: &random)).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
        case .phoneNumber:
            let number = random.pick(["+4915112345678", "+1 (415) 555-0100", "0049 151 1234 5678", "+1", "12345", "+٤٩١٥١", "+1 555 555 01000000000000000000000"])
            return Array(number.utf8) + (random.chance(0.6) ? [0x0D] : [])
        case .digits:
            let digits = (0..<Int.random(in: 1...14, using: &random)).map { _ in UInt8.random(in: 0x30...0x39, using: &random) }
            return digits + (random.chance(0.5) ? [random.pick([0x0D, 0x0A])] : [])
        case .control:
            let excluded: Set<UInt8> = keepsRunning ? [0x03, 0x1A, 0x1C, 0x11, 0x13, 0x16, 0x1B] : [0x1B]
            let controls = (Array(UInt8(0x00)...0x1F) + [0x7F]).filter { !excluded.contains($0) }
            return [random.pick(controls)]
        case .csi:
            let final = random.pick(["A", "B", "C", "D", "H", "F", "1~", "2~", "3~", "4~", "5~", "6~", "7~", "8~", "1;5C", "1;2D", "15~", "M", "Z"])
            return [0x1B, 0x5B] + Array(final.utf8)
        case .ss3:
            return [0x1B, 0x4F, random.pick(Array("HFCDPABQ".utf8))]
        case .brokenSequence:
            let broken: [[UInt8]] = [
                [0x1B, 0x5B, 0x31, 0x32, 0x3B],                              // ESC [ 1 2 ; and nothing
                [0x1B, 0x5B] + Array(repeating: 0x39, count: 40) + [0x7E],   // 40 parameter digits
                [0x1B, 0x4F],                                                // SS3 cut short
                [0x1B, 0x5B, 0x0D],                                          // ESC [ Enter
                [0x1B, 0x5B, 0xC3, 0xA9],                                    // ESC [ é
                [0x1B, 0x78],                                                // Alt-x
                [0x1B, 0x5B, 0x32, 0x30, 0x30],                              // a paste start cut short
            ]
            return random.pick(broken)
        case .loneEscape:
            return random.pick([[0x1B], [0x1B, 0x1B]])
        case .invalidUTF8:
            let invalid: [[UInt8]] = [[0x80], [0xBF, 0xBF], [0xC0, 0xAF], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE, 0xFF],
                                      [0xF0, 0x9F, 0x98]]
            return random.pick(invalid)
        case .otherScript:
            return Array(random.pick(["é", "中", "😀", "\u{301}", "a\u{301}", "\u{202E}", "\u{200B}", "١", "\u{FEFF}", "\u{85}", "\u{2028}", "🇩🇪", "ﷺ", "\u{E000}"]).utf8)
        case .bracketedPaste:
            return pasteStart + pasteContent(using: &random, largest: largestPaste) + pasteEnd
        case .unterminatedPaste:
            return pasteStart + pasteContent(using: &random, largest: largestPaste)
        case .plainPaste:
            return pasteContent(using: &random, largest: min(largestPaste, 8_000), keepsRunning: keepsRunning)
        case .strayPasteEnd:
            return pasteEnd
        }
    }

    /// What a clipboard might hold: a formatted number, digits, prose, lines, escape sequences, invalid bytes.
    static func pasteContent(using random: inout SeededGenerator, largest: Int, keepsRunning: Bool = false) -> [UInt8] {
        let sizes = [0, 1, 14, 20, 200, 2_000, 8_000, largest]
        let size = sizes[random.weighted([2, 2, 4, 4, 4, 3, 1, 1])]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 16)
        while bytes.count < size {
            switch random.weighted([4, 4, 3, 2, 1, 1]) {
            case 0: bytes += Array(random.pick(["+1 (415) 555-0100", "+49 151 1234 5678", "0049-151-12345678"]).utf8)
            case 1: bytes += (0..<8).map { _ in UInt8.random(in: 0x30...0x39, using: &random) }
            case 2: bytes += Array(random.pick(["Your code is ", "hello world ", "中文 ", "émoji 😀 ", "\t"]).utf8)
            case 3: bytes += [random.pick([0x0D, 0x0A])]
            case 4: bytes += keepsRunning ? [0x1B, 0x5B, 0x44] : random.pick([[0x1B], [0x1B, 0x5B, 0x44], Array("\u{1B}[200~".utf8)])
            default: bytes += [random.pick([0x80, 0xC3, 0xFF, 0xED])]
            }
        }
        return Array(bytes.prefix(max(size, 0)))
    }
}
