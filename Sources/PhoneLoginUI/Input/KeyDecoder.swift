import PhoneLoginFlow

/// Turns raw terminal input into keys: control keys, escape sequences, and bracketed pastes. Pure: no I/O.
///
/// A lone Esc cannot be told from the start of a sequence until a moment passes with nothing after it:
/// the caller calls `flush()` after that moment (`isWaitingAfterEscape` says when one is pending).
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

    /// Whether an Esc came last and may still be the start of a sequence.
    public var isWaitingAfterEscape: Bool { mode == .escape }

    /// Whether a bracketed paste is being collected.
    public var isInPaste: Bool { mode == .paste }

    /// Feeds one raw input; returns the keys it completes.
    public mutating func feed(_ input: RawInput) -> [DecodedInput] {
        switch mode {
        case .paste:
            guard case .scalar(let scalar) = input else { return [] }
            if pasteBuffer.count < Self.maximumPaste + Self.pasteEnd.count { pasteBuffer.append(scalar) }
            pasteTail.append(scalar)
            if pasteTail.count > Self.pasteEnd.count { pasteTail.removeFirst() }
            guard pasteTail == Self.pasteEnd else { return [] }
            mode = .normal
            // The marker is in the buffer unless the buffer was already full when it came.
            var kept = pasteBuffer
            if kept.count >= Self.pasteEnd.count, Array(kept.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
                kept.removeLast(Self.pasteEnd.count)
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: kept.prefix(Self.maximumPaste))
            pasteBuffer = []
            pasteTail = []
            return [.key(.paste(String(text)))]
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
            guard case .scalar(let scalar) = input else { mode = .normal; return [] }
            if scalar.value >= 0x40, scalar.value <= 0x7E {
                mode = .normal
                return csi(parameters, final: scalar)
            }
            if parameters.count > 16 { mode = .normal; return [] }
            mode = .csi(parameters + String(scalar))
            return []
        case .ss3:
            mode = .normal
            guard case .scalar(let scalar) = input else { return [] }
            return csi("", final: scalar)
        case .normal:
            switch input {
            case .named(let key): return decode(key)
            case .scalar(let scalar): return normal(scalar)
            }
        }
    }

    /// Ends a pending Esc after a quiet moment: it was the Esc key.
    public mutating func flush() -> [DecodedInput] {
        guard mode == .escape else { return [] }
        mode = .normal
        return [.key(.escape)]
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
        case .up, .down, .other: []
        }
    }
}
