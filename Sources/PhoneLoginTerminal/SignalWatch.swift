import Dispatch
import Foundation

/// SIGINT, SIGTERM, SIGHUP and SIGWINCH as inbox items, so they wake the terminal thread's `poll` whichever
/// thread the kernel delivers them to (the loop restores the terminal before leaving).
final class SignalWatch: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    init(inbox: EventInbox) {
        sources = Self.watched.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { inbox.post(.signal(number)) }
            source.resume()
            return source
        }
    }

    func stop() {
        sources.forEach { $0.cancel() }
        Self.watched.forEach { signal($0, SIG_DFL) }
    }
}
