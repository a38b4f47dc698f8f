import Foundation
import Logging
import Testing

@testable import LoginEmulator

/// The request logger hands lines on with the logger's metadata, as the handler it wraps would have printed them.
@Suite("The emulator's request logger")
struct DeferredMetadataLogHandlerTests {
    /// Records the events it is handed.
    final class Recorder: LogHandler, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [LogEvent] = []
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        var metadataProvider: Logger.MetadataProvider?

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) { lock.withLock { recorded.append(event) } }

        var events: [LogEvent] { lock.withLock { recorded } }
    }

    @Test("lines below the wrapped handler's level are dropped, the others carry the logger's metadata, the line's own winning",
          arguments: [(Logger.Level.debug, false), (.info, true), (.error, true)])
    func passesLinesOn(_ example: (Logger.Level, Bool)) {
        let recorder = Recorder()
        var logger = Logger(label: "test") { _ in DeferredMetadataLogHandler(wrapping: recorder) }
        logger[metadataKey: "hb.request.id"] = "17"
        logger[metadataKey: "shared"] = "from the logger"
        #expect(logger[metadataKey: "hb.request.id"] == "17")
        #expect(logger.logLevel == .info, "the wrapped handler's level")
        logger.log(level: example.0, "a line", metadata: ["shared": "from the line", "own": "yes"])
        #expect(recorder.events.count == (example.1 ? 1 : 0))
        if let event = recorder.events.first {
            #expect(event.message == "a line")
            #expect(event.metadata == ["hb.request.id": "17", "shared": "from the line", "own": "yes"])
        }
        #expect(recorder.metadata.isEmpty, "the logger's metadata stays with the logger")
    }
}
