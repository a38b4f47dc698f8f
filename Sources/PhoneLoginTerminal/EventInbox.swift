import Foundation
import PhoneLoginFlow
import PhoneLoginUI
import Synchronization

/// Events from other threads (network answers, SMS, signals) for the loop, with a pipe that wakes its `poll`.
final class EventInbox: Sendable {
    /// Something for the loop.
    enum Item: Sendable {
        case flow(FlowEvent)
        case sms(ViewContext.SMSLine)
        case signal(Int32)
        case handOff(visitor: Int, HandOffReport)
    }

    private let items = Mutex<[Item]>([])
    /// The read end, polled by the loop.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() {
        var descriptors: [Int32] = [0, 0]
        pipe(&descriptors)
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        _ = fcntl(readDescriptor, F_SETFL, O_NONBLOCK)
        _ = fcntl(writeDescriptor, F_SETFL, O_NONBLOCK)
    }

    /// Adds an item and wakes the loop.
    func post(_ item: Item) {
        items.withLock { $0.append(item) }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Takes every item posted so far.
    func take() -> [Item] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
        return items.withLock { items in
            defer { items.removeAll() }
            return items
        }
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }
}
