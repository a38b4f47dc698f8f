import Foundation
import PhoneLoginFlow
import Synchronization

/// What reaches the prompt loop from other threads (answers, demo SMS, signals), with a pipe that wakes its `poll`.
final class PromptInbox: Sendable {
    /// Something for the loop.
    enum Item: Sendable {
        /// An answer for the flow.
        case flow(FlowEvent)
        /// A demo SMS: the number it went to and its text.
        case sms(to: String, text: String)
        /// A signal number.
        case signal(Int32)
    }

    private let queue = Mutex<[Item]>([])
    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// The descriptor that turns readable when something was posted.
    var descriptor: Int32 { wakeRead }

    init() {
        var ends: [Int32] = [-1, -1]
        pipe(&ends)
        (wakeRead, wakeWrite) = (ends[0], ends[1])
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
    }

    /// Queues an item and wakes the loop (from any thread).
    func post(_ item: Item) {
        queue.withLock { $0.append(item) }
        var token: UInt8 = 0
        _ = write(wakeWrite, &token, 1)
    }

    /// Everything queued so far, oldest first; the wake-up bytes are drained.
    func drain() -> [Item] {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &scratch, scratch.count) > 0 {}
        return queue.withLock { queued in
            let items = queued
            queued = []
            return items
        }
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }
}
