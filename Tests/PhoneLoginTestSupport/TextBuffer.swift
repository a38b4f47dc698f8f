import Foundation
import Synchronization

/// Text appended from one thread and read from another.
final class TextBuffer: Sendable {
    private let storage = Mutex("")

    /// Everything appended so far.
    var text: String { storage.withLock { $0 } }

    /// Appends `more`.
    func append(_ more: String) { storage.withLock { $0 += more } }
}
