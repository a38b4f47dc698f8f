import Foundation
import PhoneAuth

/// Files that hold secrets or logs about them: created 0600, never through a symbolic link, a token written
/// atomically (a temporary file in the same folder, synced, then renamed over the target).
enum PrivateFile {
    /// Refuses `path` if it is a symbolic link or something other than a regular file; fine if it does not exist.
    static func checkTarget(_ path: String, purpose: String) throws(CommandFailure) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw failure("Cannot use \(path) for \(purpose)", errno)
        }
        if status.st_mode & 0o170000 == 0o120000 {
            throw CommandFailure("Refusing to write \(purpose) through the symbolic link \(path): give the file's real path.", status: .usage)
        }
        if status.st_mode & 0o170000 != 0o100000 {
            throw CommandFailure("Refusing to write \(purpose) to \(path): it is not a regular file.", status: .usage)
        }
    }

    /// Checks that `path` can be written later: not a link, and its folder exists and is writable.
    static func checkWritable(_ path: String, purpose: String) throws(CommandFailure) {
        try checkTarget(path, purpose: purpose)
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0 else {
            throw failure("Cannot write \(purpose) to \(path)", errno)
        }
    }

    /// Writes `contents` to `path` atomically with mode 0600: a new temporary file beside it (O_CREAT|O_EXCL,
    /// 0600), synced, then renamed over `path`. A symbolic link at `path` is refused, never followed.
    static func writeAtomically(_ contents: String, to path: String, purpose: String) throws(CommandFailure) {
        try checkTarget(path, purpose: purpose)
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UInt32.random(in: .min ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("Cannot write \(purpose) to \(path)", errno) }
        var written = fchmod(descriptor, 0o600) == 0 && DescriptorWriter.writeAll(contents.utf8, to: descriptor)
        let code = errno
        if written { written = fsync(descriptor) == 0 }
        _ = close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let reason = written ? errno : code
            _ = unlink(temporary)
            throw failure("Cannot write \(purpose) to \(path)", reason)
        }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            _ = close(folderDescriptor)
        }
    }

    /// Opens `path` for appending (created 0600, a symbolic link refused); returns the descriptor.
    static func openForAppending(_ path: String, purpose: String) throws(CommandFailure) -> Int32 {
        try checkTarget(path, purpose: purpose)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("Cannot write \(purpose) to \(path)", errno) }
        return descriptor
    }

    private static func failure(_ lead: String, _ code: Int32) -> CommandFailure {
        CommandFailure("\(lead): \(String(cString: strerror(code))).", status: .usage)
    }
}
