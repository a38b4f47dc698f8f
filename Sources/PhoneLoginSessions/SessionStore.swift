import Foundation
import PhoneAuthModel
#if canImport(Glibc)
import Glibc
#endif

/// The remembered sign-ins: `sessions.json` in `$XDG_CONFIG_HOME/phone-login/` (default `~/.config/phone-login/`).
///
/// The directory is 0700 and the file 0600; the file is replaced atomically (written aside, then renamed), a
/// symbolic link in either place is refused, and a file that cannot be read is reported and never overwritten.
/// Changes happen under an advisory lock (`sessions.lock`), so concurrent `phone-login` processes take turns.
public struct SessionStore: Sendable {
    /// The store's directory.
    public let directory: String

    /// A store in `directory`.
    public init(directory: String) {
        var path = directory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.directory = path
    }

    /// The store where the environment says: `$XDG_CONFIG_HOME/phone-login`, else `$HOME/.config/phone-login`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SessionStoreError) -> SessionStore {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return SessionStore(directory: config + "/phone-login") }
        if let home = environment["HOME"], home.hasPrefix("/") { return SessionStore(directory: home + "/.config/phone-login") }
        throw .noDirectory
    }

    /// The sessions file.
    public var filePath: String { directory + "/sessions.json" }
    /// The lock file.
    var lockPath: String { directory + "/sessions.lock" }

    /// Every stored session; none when there is no file yet.
    public func sessions() throws(SessionStoreError) -> [StoredSession] {
        try readFile()?.sessions ?? []
    }

    /// The session stored for `key`, if any.
    public func session(for key: SessionKey) throws(SessionStoreError) -> StoredSession? {
        try sessions().first { $0.key == key }
    }

    /// Stores `session`, replacing the one with the same key. Call inside `withLock`.
    public func save(_ session: StoredSession) throws(SessionStoreError) {
        var file = try readFile() ?? SessionFile(version: SessionFile.currentVersion, sessions: [])
        file.sessions.removeAll { $0.key == session.key }
        file.sessions.append(session)
        try write(file)
    }

    /// Removes the session for `key`; true when there was one. Call inside `withLock`.
    @discardableResult
    public func remove(_ key: SessionKey) throws(SessionStoreError) -> Bool {
        guard var file = try readFile() else { return false }
        let before = file.sessions.count
        file.sessions.removeAll { $0.key == key }
        guard file.sessions.count != before else { return false }
        try write(file)
        return true
    }

    /// Runs `body` holding the store's lock (waiting up to `timeout` for another process to let go).
    public func withLock<R>(timeout: Duration = .seconds(30), _ body: () async throws -> R) async throws -> R {
        try prepareDirectory()
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(at: lockPath) }
        defer { close(descriptor) }
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw failure(at: lockPath) }
            guard ContinuousClock.now < deadline else {
                throw SessionStoreError.lockTimeout(path: lockPath, seconds: Int(timeout.components.seconds))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }

    /// The file's contents, or nil when there is none; a symbolic link, an unreadable or a corrupt file throws.
    func readFile() throws(SessionStoreError) -> SessionFile? {
        guard let data = try readPrivateFile(filePath) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let file: SessionFile
        do {
            file = try decoder.decode(SessionFile.self, from: data)
        } catch {
            throw .corrupt(path: filePath, reason: data.isEmpty ? "it is empty" : "it is not the JSON this version writes")
        }
        guard file.version == SessionFile.currentVersion else {
            throw .corrupt(path: filePath, reason: "it is format version \(file.version); this phone-login reads \(SessionFile.currentVersion)")
        }
        return file
    }

    /// Writes `file` aside (0600), flushes it, and renames it over the store's file.
    func write(_ file: SessionFile) throws(SessionStoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(file) else { throw .unreadable(path: filePath, reason: "the sessions could not be encoded") }
        try writePrivateFile(filePath, data)
    }

    /// The bytes of the store's file at `path` (at most 4 MiB), or nil when there is none; a symbolic link or an
    /// unreadable file throws.
    func readPrivateFile(_ path: String) throws(SessionStoreError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw failure(at: path)
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(at: path)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > 4 * 1024 * 1024 { throw .corrupt(path: path, reason: "it is larger than 4 MiB") }
        }
        return data
    }

    /// Writes `data` and a newline to `path` with the one private-file writer (0600, a link refused, replaced
    /// atomically, the directory synced), so the file is either the old one or the new one after a crash.
    func writePrivateFile(_ path: String, _ data: Data) throws(SessionStoreError) {
        try prepareDirectory()
        do throws(PrivateFileError) { try PrivateFile.replace(path, with: data + [UInt8(ascii: "\n")]) } catch { throw SessionStoreError(error) }
    }

    /// Makes the directory (and its parents) when missing, 0700; refuses a symbolic link or a non-directory.
    func prepareDirectory() throws(SessionStoreError) {
        var status = stat()
        if lstat(directory, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK: throw .symbolicLink(path: directory)
            case S_IFDIR:
                if status.st_mode & 0o077 != 0 { chmod(directory, 0o700) }
                return
            default: throw .notADirectory(path: directory)
            }
        }
        let parent = PathText.parent(of: directory)
        if !parent.isEmpty, parent != directory {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else { throw failure(at: directory) }
        chmod(directory, 0o700)
    }

    /// The error for the last failed system call on `path`.
    func failure(at path: String) -> SessionStoreError {
        if errno == ELOOP { return .symbolicLink(path: path) }
        return .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
}
