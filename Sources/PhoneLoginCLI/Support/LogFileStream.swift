import Foundation
import PhoneAuth

/// A log file opened for appending (0600, never through a symbolic link); each line goes out in one write.
final class LogFileStream: TextOutputStream, Sendable {
    private let descriptor: Int32

    /// Opens (or creates) the file.
    init(path: String) throws(CommandFailure) {
        do throws(PrivateFileError) { descriptor = try PrivateFile.openForAppending(path) } catch { throw CommandFailure(error, purpose: "the log") }
    }

    /// Appends `string`.
    func write(_ string: String) {
        DescriptorWriter.writeAll(string.utf8, to: descriptor)
    }

    deinit { _ = close(descriptor) }
}
