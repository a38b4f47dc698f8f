import Dispatch
import Foundation

/// The signals the plain mode answers itself, as inbox items, so the loop restores the terminal before anything ends:
/// SIGINT and SIGQUIT (Ctrl-C, Ctrl-\), SIGTERM, SIGHUP, and SIGTSTP (Ctrl-Z, which stops only after the echo is back).
final class PromptSignals: @unchecked Sendable {
    static let handled: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP]
    private var sources: [any DispatchSourceSignal] = []

    init(inbox: PromptInbox) {
        for number in Self.handled {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { inbox.post(.signal(number)) }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops answering: the default actions come back.
    func stop() {
        for source in sources { source.cancel() }
        for number in Self.handled { signal(number, SIG_DFL) }
    }
}
