import Foundation
import Synchronization

/// Items for the loop from other threads (answers, messages, signals), with a pipe whose read end turns readable
/// when something was posted, so the loop's `poll` wakes for it.
public final class RuntimeInbox<Message: Sendable>: Sendable {
    private let items = Mutex<[RuntimeItem<Message>]>([])
    /// The read end, polled by the loop.
    public let readDescriptor: Int32
    private let writeDescriptor: Int32

    /// An empty inbox with its wake-up pipe (both ends non-blocking and closed on exec).
    public init() {
        var ends: [Int32] = [-1, -1]
        pipe(&ends)
        (readDescriptor, writeDescriptor) = (ends[0], ends[1])
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
    }

    /// Queues an item and wakes the loop (from any thread).
    public func post(_ item: RuntimeItem<Message>) {
        items.withLock { $0.append(item) }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Everything queued so far, oldest first; the wake-up bytes are drained.
    public func take() -> [RuntimeItem<Message>] {
        var scratch = [UInt8](repeating: 0, count: 256)
        while read(readDescriptor, &scratch, scratch.count) > 0 {}
        return items.withLock { queued in
            defer { queued.removeAll() }
            return queued
        }
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }
}
