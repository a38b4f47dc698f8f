import PhoneLoginFlow

/// Turns raw terminal input into keys: control keys, escape sequences, and bracketed pastes. Pure: no I/O.
///
/// A lone Esc cannot be told from the start of a sequence until a moment passes with nothing after it:
/// the caller calls `flush()` after that moment (`isWaitingAfterEscape` says when one is pending). A terminal sends a
/// sequence in one go, so a quiet moment also drops a sequence cut short; a bracketed paste whose end marker never
/// comes is delivered after a longer quiet moment (`isInPaste`), so the keyboard is never lost to it.
public struct KeyDecoder: Sendable {
    /// The largest paste kept; the rest of a longer paste is dropped (the field is far smaller anyway).
    public static let maximumPaste = 64 * 1024

    private enum Mode: Sendable, Equatable {
        case normal
        case escape
        case csi(String)
        case ss3
        case paste
    }

    private var mode: Mode = .normal
    /// The paste being collected: appended in place, at most `maximumPaste` scalars kept.
    private var pasteBuffer: [Unicode.Scalar] = []
    /// The last scalars seen in a paste, to spot the end marker in constant time.
    private var pasteTail: [Unicode.Scalar] = []
    private static let pasteEnd = Array("\u{1B}[201~".unicodeScalars)

    /// A decoder in its normal state.
    public init() {}

    /// Whether an Esc, or an escape sequence not yet finished, came last.
    public var isWaitingAfterEscape: Bool {
        switch mode {
        case .escape, .csi, .ss3: true
        case .normal, .paste: false
        }
    }

    /// Whether a bracketed paste is being collected.
    public var isInPaste: Bool { mode == .paste }

    /// Feeds one raw input; returns the keys it completes.
    public mutating func feed(_ input: RawInput) -> [DecodedInput] {
        switch mode {
        case .paste:
            // Keys the terminal library named inside a paste are not typing; a resize still counts.
            guard case .scalar(let scalar) = input else { return input == .named(.resize) ? [.resize] : [] }
            if pasteBuffer.count < Self.maximumPaste + Self.pasteEnd.count { pasteBuffer.append(scalar) }
            pasteTail.append(scalar)
            if pasteTail.count > Self.pasteEnd.count { pasteTail.removeFirst() }
            guard pasteTail == Self.pasteEnd else { return [] }
            // The marker is in the buffer unless the buffer was already full when it came.
            if pasteBuffer.count >= Self.pasteEnd.count, Array(pasteBuffer.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
                pasteBuffer.removeLast(Self.pasteEnd.count)
            }
            return [endPaste()]
        case .escape:
            switch input {
            case .scalar("["): mode = .csi(""); return []
            case .scalar("O"): mode = .ss3; return []
            case .scalar("\u{1B}"):
                mode = .escape
                return [.key(.escape)]
            case .scalar:
                mode = .normal  // Alt + key: ignored rather than read as Esc (which would leave the screen).
                return []
            case .named(let key):
                mode = .normal
                return [.key(.escape)] + decode(key)
            }
        case .csi(let parameters):
            guard case .scalar(let scalar) = input else { return restart(with: input) }
            if scalar.value >= 0x40, scalar.value <= 0x7E {
                mode = .normal
                return csi(parameters, final: scalar)
            }
            // Only parameter and intermediate bytes belong in a sequence: anything else (Enter, a letter of
            // another script) ends a broken one and is read on its own.
            guard scalar.value >= 0x20, scalar.value <= 0x3F else { return restart(with: input) }
            // An overlong sequence is read to its end (and ignored) rather than typed as text; it stays bounded.
            if parameters.count > 16 { return [] }
            mode = .csi(parameters + String(scalar))
            return []
        case .ss3:
            guard case .scalar(let scalar) = input, scalar.value >= 0x40, scalar.value <= 0x7E else { return restart(with: input) }
            mode = .normal
            return csi("", final: scalar)
        case .normal:
            switch input {
            case .named(let key): return decode(key)
            case .scalar(let scalar): return normal(scalar)
            }
        }
    }

    /// Ends what is pending after a quiet moment: a lone Esc was the Esc key, a sequence cut short is dropped, and a
    /// paste whose end marker never came is delivered as it is.
    public mutating func flush() -> [DecodedInput] {
        switch mode {
        case .normal: return []
        case .escape:
            mode = .normal
            return [.key(.escape)]
        case .csi, .ss3:
            mode = .normal
            return []
        case .paste:
            return [endPaste()]
        }
    }

    /// A broken sequence: dropped, and `input` read afresh.
    private mutating func restart(with input: RawInput) -> [DecodedInput] {
        mode = .normal
        return feed(input)
    }

    /// The paste collected so far, as one key; back to normal.
    private mutating func endPaste() -> DecodedInput {
        mode = .normal
        var text = String.UnicodeScalarView()
        text.append(contentsOf: pasteBuffer.prefix(Self.maximumPaste))
        pasteBuffer = []
        pasteTail = []
        return .key(.paste(String(text)))
    }

    private mutating func normal(_ scalar: Unicode.Scalar) -> [DecodedInput] {
        switch scalar.value {
        case 0x1B: mode = .escape; return []
        case 0x03: return [.key(.interrupt)]
        case 0x01: return [.key(.home)]
        case 0x05: return [.key(.end)]
        case 0x02: return [.key(.left)]
        case 0x06: return [.key(.right)]
        case 0x04: return [.key(.delete)]
        case 0x15: return [.key(.clearLine)]
        case 0x08, 0x7F: return [.key(.backspace)]
        case 0x0A, 0x0D: return [.key(.enter)]
        case 0x09: return [.key(.tab)]
        case 0x01..<0x20: return [.key(.control(UInt8(scalar.value)))]
        case 0x00, 0x80..<0xA0: return []
        default: return [.key(.character(Character(scalar)))]
        }
    }

    private mutating func csi(_ parameters: String, final: Unicode.Scalar) -> [DecodedInput] {
        switch (parameters, final) {
        case ("200", "~"):
            mode = .paste
            pasteBuffer = []
            pasteTail = []
            return []
        case ("3", "~"): return [.key(.delete)]
        case ("1", "~"), ("7", "~"), ("", "H"): return [.key(.home)]
        case ("4", "~"), ("8", "~"), ("", "F"): return [.key(.end)]
        case ("", "C"): return [.key(.right)]
        case ("", "D"): return [.key(.left)]
        case ("", "A"): return [.key(.up)]
        case ("", "B"): return [.key(.down)]
        case ("", "Z"): return [.key(.backTab)]
        default: return []
        }
    }

    private func decode(_ key: NamedKey) -> [DecodedInput] {
        switch key {
        case .left: [.key(.left)]
        case .right: [.key(.right)]
        case .home: [.key(.home)]
        case .end: [.key(.end)]
        case .backspace: [.key(.backspace)]
        case .delete: [.key(.delete)]
        case .enter: [.key(.enter)]
        case .resize: [.resize]
        case .up: [.key(.up)]
        case .down: [.key(.down)]
        case .backTab: [.key(.backTab)]
        case .other: []
        }
    }
}
