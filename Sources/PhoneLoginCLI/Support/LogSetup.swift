import Logging
import Synchronization

/// Logging goes to stderr, or to `--log-file`; `--verbose` shows debug lines. Phone numbers in them are masked;
/// codes and tokens never appear.
enum LogSetup {
    /// Bootstraps swift-log once with the given level, writing to stderr.
    static func bootstrap(verbose: Bool, defaultLevel: Logger.Level = .warning) {
        bootstrap(level: verbose ? .debug : defaultLevel, stream: nil)
    }

    /// Bootstraps swift-log once, writing to `file` (created 0600) when one is given, else to stderr.
    static func bootstrap(verbose: Bool, file: String?) throws(CommandFailure) {
        let stream = try file.map { path throws(CommandFailure) in try LogFileStream(path: path) }
        bootstrap(level: verbose ? .debug : .warning, stream: stream)
    }

    /// Whether swift-log was bootstrapped (it may be only once; `token` signing in first asks twice).
    private static let done = Atomic(false)

    private static func bootstrap(level: Logger.Level, stream: LogFileStream?) {
        guard !done.exchange(true, ordering: .acquiringAndReleasing) else { return }
        LoggingSystem.bootstrap { label in
            var handler = stream.map { StreamLogHandler(label: label, stream: $0) } ?? StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
