import CNCursesW
import Foundation
import PhoneLoginUI

/// Keys from the terminal, decoded; a lone Esc is given its moment before it counts as the Esc key, and a
/// bracketed paste whose end marker never comes is taken as it is after a quiet second.
/// With the inbox and the wake-up it makes the loops' inputs, in the order they are handled.
struct KeyReader {
    /// One thing for a loop to handle.
    enum Input {
        /// An item from another thread: an answer, an SMS, a signal, a hand-off.
        case item(EventInbox.Item)
        /// A decoded key or a resize.
        case decoded(DecodedInput)
        /// The wake-up asked for has come.
        case tick
    }

    /// How long a lone Esc waits for a following byte.
    static let escapeWait = Duration.milliseconds(30)
    /// How long a bracketed paste without its end marker waits for more before it is taken as it is.
    static let pasteWait = Duration.seconds(1)
    /// The longest sleep when nothing is scheduled.
    static let idleWait = Duration.seconds(60)

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

    /// Sleeps until something happens, then returns it all: inbox items, then keys, then the wake-up if it is due
    /// (which is then cleared).
    mutating func next(session: TerminalSession, inbox: EventInbox, wakeAt: inout ContinuousClock.Instant?) -> (ContinuousClock.Instant, [Input]) {
        let ready = waitForSomething(session: session, inbox: inbox, until: wakeAt)
        let now = ContinuousClock.now
        // Only what poll saw ready is read: a countdown's tick costs no read of an empty pipe or keyboard.
        var inputs = (ready.inbox ? inbox.take() : []).map(Input.item)
            + read(from: session, at: now, keysWaiting: ready.keys).map(Input.decoded)
        if let wake = wakeAt, now >= wake {
            wakeAt = nil
            inputs.append(.tick)
        }
        return (now, inputs)
    }

    /// Sleeps in poll until a key, an inbox item, or the earliest of `deadlines` (a minute at most); says which of the
    /// terminal and the inbox have something (or an error) to read.
    @discardableResult
    func waitForSomething(session: TerminalSession, inbox: EventInbox, until deadlines: ContinuousClock.Instant?...) -> (keys: Bool, inbox: Bool) {
        let now = ContinuousClock.now
        var wait = Self.idleWait
        for case let deadline? in deadlines + [escapeDeadline] { wait = min(wait, deadline - now) }
        let milliseconds = Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
        var descriptors = [pollfd(fd: session.inputDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: inbox.readDescriptor, events: Int16(POLLIN), revents: 0)]
        guard poll(&descriptors, 2, milliseconds) >= 0 else { return (true, true) }  // EINTR: look at both
        return (descriptors[0].revents != 0, descriptors[1].revents != 0)
    }
}
