import Foundation

extension TmuxSession {
    /// Sends raw bytes to the program as the terminal would (`send-keys -H`): escape sequences, invalid UTF-8, anything.
    public func send(bytes: [UInt8]) async throws {
        for piece in stride(from: 0, to: bytes.count, by: 2_048) {
            let hex = bytes[piece..<min(bytes.count, piece + 2_048)].map { String(format: "%02x", $0) }
            let outcome = try await tmux(["send-keys", "-t", "main", "-H"] + hex)
            guard outcome.status == 0 else { throw TmuxError.failed("send-keys -H: \(outcome.output)") }
        }
    }

    /// Pastes `text` through a tmux buffer: with `bracketed`, wrapped in the bracketed-paste markers the program
    /// asked the terminal for (`paste-buffer -p`); without, as plain typing (line feeds kept as they are).
    public func paste(_ text: String, bracketed: Bool) async throws {
        let file = directory.appendingPathComponent("paste-\(UUID().uuidString.prefix(8)).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let load = try await tmux(["load-buffer", "-b", "chaos", file.path])
        guard load.status == 0 else { throw TmuxError.failed("load-buffer: \(load.output)") }
        let paste = try await tmux(["paste-buffer", "-b", "chaos", "-t", "main", "-r"] + (bracketed ? ["-p"] : []))
        guard paste.status == 0 else { throw TmuxError.failed("paste-buffer: \(paste.output)") }
    }
}
