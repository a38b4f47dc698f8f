import PhoneLoginFlow
import PhoneLoginUI
import Testing

@Suite("Decoding terminal input into keys")
struct KeyDecoderTests {
    static func decode(_ text: String, flush: Bool = true) -> [DecodedInput] {
        var decoder = KeyDecoder()
        var out = text.unicodeScalars.flatMap { decoder.feed(.scalar($0)) }
        if flush { out += decoder.flush() }
        return out
    }

    @Test("control keys and sequences", arguments: [
        ("a", [DecodedInput.key(.character("a"))]),
        ("\u{03}", [.key(.interrupt)]),
        ("\u{15}", [.key(.clearLine)]),
        ("\u{01}\u{05}", [.key(.home), .key(.end)]),
        ("\u{7F}\u{08}", [.key(.backspace), .key(.backspace)]),
        ("\r\n", [.key(.enter), .key(.enter)]),
        ("\u{1B}", [.key(.escape)]),
        ("\u{1B}[3~", [.key(.delete)]),
        ("\u{1B}[D\u{1B}[C", [.key(.left), .key(.right)]),
        ("\u{1B}OH\u{1B}OF", [.key(.home), .key(.end)]),
        ("\u{1B}[1;5A", []),
        ("\u{1B}x", []),
        ("\u{1B}\u{1B}", [.key(.escape), .key(.escape)]),
        ("\u{07}\u{09}\u{0B}", [.key(.control(0x07)), .key(.tab), .key(.control(0x0B))]),
        ("\u{1B}[Z\u{1B}[A\u{1B}[B", [.key(.backTab), .key(.up), .key(.down)]),
        ("\u{1A}\u{1C}\u{1D}", [.key(.control(0x1A)), .key(.control(0x1C)), .key(.control(0x1D))]),
        ("\u{00}\u{85}", []),
        ("é", [.key(.character("é"))]),
    ])
    func sequences(_ example: (String, [DecodedInput])) {
        #expect(Self.decode(example.0) == example.1)
    }

    @Test("a bracketed paste arrives whole, escape bytes and all")
    func paste() {
        #expect(Self.decode("\u{1B}[200~+1 (415) 555-0100\u{1B}[201~1") == [.key(.paste("+1 (415) 555-0100")), .key(.character("1"))])
        #expect(Self.decode("\u{1B}[200~a\u{1B}[Db\u{1B}[201~") == [.key(.paste("a\u{1B}[Db"))])
    }

    @Test("a huge paste is bounded and still ends at its marker")
    func hugePaste() {
        let body = String(repeating: "9", count: 200_000)
        let out = Self.decode("\u{1B}[200~" + body + "\u{1B}[201~x")
        #expect(out.count == 2)
        guard case .key(.paste(let text)) = out.first else { Issue.record("no paste: \(out)"); return }
        #expect(text.count == KeyDecoder.maximumPaste)
        #expect(out.last == .key(.character("x")))
    }

    @Test("Esc waits for a following byte before it counts")
    func escapeWaits() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")).isEmpty)
        #expect(decoder.isWaitingAfterEscape)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isWaitingAfterEscape)
        #expect(decoder.feed(.named(.resize)) == [.resize])
    }

    @Test("found by fuzzing: a broken sequence gives back the key that broke it; a quiet moment ends what is pending", arguments: [
        ("\u{1B}[12;\r", true, [DecodedInput.key(.enter)]),
        ("\u{1B}[é", true, [.key(.character("é"))]),
        ("\u{1B}O\u{15}", true, [.key(.clearLine)]),
        ("\u{1B}[12;", true, []),
        ("\u{1B}[12;", false, []),
        ("\u{1B}[200~+1 415", true, [.key(.paste("+1 415"))]),
        ("\u{1B}[200~+1 415", false, []),
        ("\u{1B}[" + String(repeating: "9", count: 40) + "~x", true, [.key(.character("x"))]),
    ])
    func brokenSequences(_ example: (String, Bool, [DecodedInput])) {
        #expect(Self.decode(example.0, flush: example.1) == example.2)
    }

    @Test("found by fuzzing: after a quiet moment the next key is read exactly, whatever came before",
          arguments: ["\u{1B}[12;", "\u{1B}O", "\u{1B}[200~half a paste", "\u{1B}"])
    func quietMomentResets(_ before: String) {
        var decoder = KeyDecoder()
        for scalar in before.unicodeScalars { _ = decoder.feed(.scalar(scalar)) }
        _ = decoder.flush()
        #expect(!decoder.isWaitingAfterEscape && !decoder.isInPaste)
        #expect("x".unicodeScalars.flatMap { decoder.feed(.scalar($0)) } == [.key(.character("x"))])
    }

    @Test("found by fuzzing: a resize inside a sequence or a paste is not lost", arguments: ["\u{1B}[1", "\u{1B}O", "\u{1B}[200~abc"])
    func resizeInside(_ before: String) {
        var decoder = KeyDecoder()
        for scalar in before.unicodeScalars { _ = decoder.feed(.scalar(scalar)) }
        #expect(decoder.feed(.named(.resize)).contains(.resize))
    }
}
