import Logging

/// Hands log lines to another handler, keeping the metadata set on the logger as given until a line is actually
/// logged. Hummingbird sets a request id on every request's logger, and swift-log's stream handler formats its
/// metadata at every such change even when its level drops every line: about 2% of the emulator's CPU under load.
struct DeferredMetadataLogHandler: LogHandler {
    private var base: any LogHandler
    /// The metadata set on the logger, merged into each line logged (a line's own metadata wins).
    var metadata: Logger.Metadata = [:]

    /// Wraps `base`, whose own level, metadata and provider stay in force.
    init(wrapping base: any LogHandler) { self.base = base }

    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { base.metadataProvider }
        set { base.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        if !metadata.isEmpty { event.metadata = metadata.merging(event.metadata ?? [:]) { _, line in line } }
        base.log(event: event)
    }
}
