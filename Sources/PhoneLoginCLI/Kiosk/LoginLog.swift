import Foundation

/// `--log-logins FILE`: one JSON line appended per kiosk login; the file is created with mode 0600.
struct LoginLog: Sendable {
    /// The file's path.
    let path: String

    /// Opens the file for appending (creating it 0600) to check it can be written; the message says why not.
    func check() throws(CommandFailure) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("Cannot write the login log \(path): \(String(cString: strerror(errno))).", status: .usage)
        }
        close(descriptor)
    }

    /// Appends one line in a single write (whole even when several writers append); returns whether it was written.
    func append(_ line: LoginLogLine) -> Bool {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array((line.json + "\n").utf8)
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }
}
