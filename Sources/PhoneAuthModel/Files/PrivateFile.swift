import Foundation

/// The one writer of files that hold secrets or logs about them (the session store, `--save-token`, the logs, the
/// emulator's state): mode 0600, never through a symbolic link, and a whole file replaced atomically: a new temporary
/// file in the same folder (`O_CREAT|O_EXCL`, 0600), written, synced, renamed over the target, and the folder synced,
/// so after a crash the target is the old file or the new one, and the new name survives.
package enum PrivateFile {
    /// Refuses `path` if it is a symbolic link or anything but a regular file; fine when it does not exist.
    package static func checkTarget(_ path: String) throws(PrivateFileError) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw .system(path: path, code: errno)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: throw .symbolicLink(path: path)
        default: throw .notRegularFile(path: path)
        }
    }

    /// Checks that `path` can be written later: `checkTarget`, and its folder exists and can be written in.
    package static func checkWritable(_ path: String) throws(PrivateFileError) {
        try checkTarget(path)
        guard access(folder(of: path), W_OK | X_OK) == 0 else { throw .system(path: path, code: errno) }
    }

    /// Replaces `path` with `bytes` atomically (see the type); the temporary file is removed when any step fails.
    /// Returns whether the folder's sync succeeded (a file system may not sync folders; the file is in place either way).
    @discardableResult
    package static func replace(_ path: String, with bytes: some Sequence<UInt8>, calls: Calls = .system) throws(PrivateFileError) -> Bool {
        try checkTarget(path)
        let folder = folder(of: path)
        let temporary = folder + "/.\(PathText.lastComponent(of: path)).\(UInt32.random(in: .min ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(path: path, code: errno) }
        func abandon() -> PrivateFileError {
            let error = PrivateFileError.system(path: path, code: errno)
            close(descriptor)
            unlink(temporary)
            return error
        }
        // 0600 whatever the umask took away.
        guard fchmod(descriptor, 0o600) == 0, calls.write(Array(bytes), descriptor), calls.fsync(descriptor) == 0 else { throw abandon() }
        close(descriptor)
        guard calls.rename(temporary, path) == 0 else {
            let error = PrivateFileError.system(path: path, code: errno)
            unlink(temporary)
            throw error
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return false }
        defer { close(directory) }
        return calls.fsync(directory) == 0
    }

    /// Opens `path` for appending, creating it 0600; a symbolic link or a non-regular file is refused. Returns the descriptor.
    package static func openForAppending(_ path: String) throws(PrivateFileError) -> Int32 {
        try checkTarget(path)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw errno == ELOOP ? PrivateFileError.symbolicLink(path: path) : .system(path: path, code: errno) }
        return descriptor
    }

    /// The folder `path` is in ("." for a bare name).
    static func folder(of path: String) -> String {
        let folder = PathText.parent(of: path)
        return folder.isEmpty ? "." : folder
    }
}
