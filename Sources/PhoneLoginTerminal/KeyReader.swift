import CNCursesW
import Foundation
import PhoneLoginUI

/// Keys from the terminal, decoded; a lone Esc is given its moment before it counts as the Esc key, and a
/// bracketed paste whose end marker never comes is taken as it is after a quiet second.
struct KeyReader {
    /// How long a lone Esc waits for a following byte.
    static let escapeWait = Duration.milliseconds(30)
    /// How long a bracketed paste without its end marker waits for more before it is taken as it is.
    static let pasteWait = Duration.seconds(1)
    private var decoder = KeyDecoder()
    private var escapeSince: ContinuousClock.Instant?
    private var pasteSince: ContinuousClock.Instant?

    /// When a pending Esc becomes the Esc key, or an unfinished paste is delivered, if either is pending.
    var escapeDeadline: ContinuousClock.Instant? {
        if let escapeSince { return escapeSince + Self.escapeWait }
        return pasteSince.map { $0 + Self.pasteWait }
    }

    /// Every key waiting on the terminal (when `keysWaiting`: poll saw the terminal readable), decoded, then a pending
    /// Esc or unfinished paste whose moment has passed.
    mutating func read(from session: TerminalSession, at now: ContinuousClock.Instant, keysWaiting: Bool = true) -> [DecodedInput] {
        var decoded: [DecodedInput] = []
        for input in keysWaiting ? session.readAvailable() : [] {
            decoded += decoder.feed(input)
            escapeSince = decoder.isWaitingAfterEscape ? now : nil
            pasteSince = decoder.isInPaste ? now : nil
        }
        if let deadline = escapeDeadline, now >= deadline {
            escapeSince = nil
            pasteSince = nil
            decoded += decoder.flush()
        }
        return decoded
    }
}
