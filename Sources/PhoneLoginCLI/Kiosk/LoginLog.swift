import Foundation
import PhoneAuth

/// `--log-logins FILE`: one JSON line appended per kiosk login; the file is created with mode 0600, a symbolic link refused.
struct LoginLog: Sendable {
    /// The file's path.
    let path: String

    /// Opens the file for appending (creating it 0600) to check it can be written; the message says why not.
    func check() throws(CommandFailure) {
        do throws(PrivateFileError) { close(try PrivateFile.openForAppending(path)) } catch {
            throw CommandFailure("Cannot write the login log \(path): \(error.reason).", status: .usage)
        }
    }

    /// Appends one line (O_APPEND: whole even when several writers append); returns whether it was written.
    func append(_ line: LoginLogLine) -> Bool {
        guard let descriptor = try? PrivateFile.openForAppending(path) else { return false }
        defer { close(descriptor) }
        return DescriptorWriter.writeAll((line.json + "\n").utf8, to: descriptor)
    }
}
