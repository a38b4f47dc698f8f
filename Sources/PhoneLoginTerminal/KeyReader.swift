import CNCursesW
import Foundation
import PhoneLoginUI

/// Keys from the terminal, decoded; a lone Esc is given its moment before it counts as the Esc key.
struct KeyReader {
    /// How long a lone Esc waits for a following byte.
    static let escapeWait = Duration.milliseconds(30)
    /// The longest sleep when nothing is scheduled.
    static let idleWait = Duration.seconds(60)

    private var decoder = KeyDecoder()
    private var escapeSince: ContinuousClock.Instant?

    /// When a pending Esc becomes the Esc key, if one is pending.
    var escapeDeadline: ContinuousClock.Instant? { escapeSince.map { $0 + Self.escapeWait } }

    /// Every key waiting on the terminal, decoded, then a pending Esc whose moment has passed.
    mutating func read(from session: TerminalSession, at now: ContinuousClock.Instant) -> [DecodedInput] {
        var decoded: [DecodedInput] = []
        for input in session.readAvailable() {
            decoded += decoder.feed(input)
            escapeSince = decoder.isWaitingAfterEscape ? now : nil
        }
        if let since = escapeSince, now - since >= Self.escapeWait {
            escapeSince = nil
            decoded += decoder.flush()
        }
        return decoded
    }

    /// Sleeps in poll until a key, an inbox item, or the earliest of `deadlines` (a minute at most).
    func waitForSomething(session: TerminalSession, inbox: EventInbox, until deadlines: ContinuousClock.Instant?...) {
        let now = ContinuousClock.now
        var wait = Self.idleWait
        for case let deadline? in deadlines + [escapeDeadline] { wait = min(wait, deadline - now) }
        let milliseconds = Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
        var descriptors = [pollfd(fd: session.inputDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: inbox.readDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&descriptors, 2, milliseconds)
    }
}
