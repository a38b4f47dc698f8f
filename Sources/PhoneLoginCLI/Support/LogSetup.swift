import Logging

/// Logging goes to stderr; `--verbose` shows debug lines. Phone numbers in them are masked; codes and tokens never appear.
enum LogSetup {
    /// Bootstraps swift-log once with the given level.
    static func bootstrap(verbose: Bool, defaultLevel: Logger.Level = .warning) {
        let level: Logger.Level = verbose ? .debug : defaultLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
