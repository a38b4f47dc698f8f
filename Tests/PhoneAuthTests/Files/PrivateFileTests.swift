import Foundation
import PhoneAuthModel
import Testing

/// The one writer of private files: 0600, links refused, a whole file replaced atomically, nothing left behind on a
/// failure, the folder synced after the rename.
@Suite("Private files: 0600, links refused, replaced atomically, the folder synced")
struct PrivateFileTests {
    /// A new empty folder.
    static func scratch() -> String {
        let path = NSTemporaryDirectory() + "private-file-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o777 : 0
    }

    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a new file is 0600 and holds exactly the bytes")
    func createsPrivate() throws {
        let folder = Self.scratch()
        try PrivateFile.replace(folder + "/token", with: Array("secret\n".utf8))
        #expect(Self.mode(folder + "/token") == 0o600)
        #expect(try String(contentsOfFile: folder + "/token", encoding: .utf8) == "secret\n")
        #expect(Self.names(in: folder) == ["token"])
    }

    @Test("a symbolic link is refused, with the link named, and neither it nor what it points to changes")
    func refusesLink() throws {
        let folder = Self.scratch()
        try "elsewhere".write(toFile: folder + "/real", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/token", withDestinationPath: folder + "/real")
        #expect(throws: PrivateFileError.symbolicLink(path: folder + "/token")) {
            try PrivateFile.replace(folder + "/token", with: Array("secret".utf8))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/token") == folder + "/real")
        #expect(try String(contentsOfFile: folder + "/real", encoding: .utf8) == "elsewhere")
        #expect(PrivateFileError.symbolicLink(path: "x").reason == "it is a symbolic link")
        #expect(throws: PrivateFileError.symbolicLink(path: folder + "/token")) { try PrivateFile.openForAppending(folder + "/token") }
        #expect(Self.names(in: folder) == ["real", "token"])
    }

    @Test("an existing file is replaced by a new one: a reader of the old file still sees it whole, the name the new one")
    func replacesAtomically() throws {
        let folder = Self.scratch()
        let path = folder + "/sessions.json"
        try PrivateFile.replace(path, with: Array("old contents".utf8))
        let reader = try #require(FileHandle(forReadingAtPath: path))
        defer { try? reader.close() }
        var before = stat(), after = stat()
        stat(path, &before)
        chmod(path, 0o644)
        try PrivateFile.replace(path, with: Array("new".utf8))
        stat(path, &after)
        #expect(before.st_ino != after.st_ino, "a new file took the name (rename), not the old one rewritten in place")
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == "old contents")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(Self.mode(path) == 0o600)
        #expect(Self.names(in: folder) == ["sessions.json"])
    }

    @Test("a directory where the file belongs is refused before anything is written")
    func refusesDirectory() throws {
        let folder = Self.scratch()
        try FileManager.default.createDirectory(atPath: folder + "/token", withIntermediateDirectories: false)
        #expect(throws: PrivateFileError.notRegularFile(path: folder + "/token")) { try PrivateFile.replace(folder + "/token", with: [1]) }
        #expect(Self.names(in: folder) == ["token"])
    }

    /// The step that fails.
    enum Step: String, CaseIterable { case write, fsync, rename }

    @Test("a failing step leaves the old file as it was and no temporary file behind", arguments: Step.allCases)
    func cleansUp(failing step: Step) throws {
        let folder = Self.scratch()
        let path = folder + "/state.json"
        try PrivateFile.replace(path, with: Array("old".utf8))
        var calls = PrivateFile.Calls.system
        switch step {
        case .write: calls.write = { _, _ in errno = ENOSPC; return false }
        case .fsync: calls.fsync = { _ in errno = EIO; return -1 }
        case .rename: calls.rename = { _, _ in errno = EXDEV; return -1 }
        }
        let code: Int32 = switch step { case .write: ENOSPC; case .fsync: EIO; case .rename: EXDEV }
        #expect(throws: PrivateFileError.system(path: path, code: code)) { try PrivateFile.replace(path, with: Array("new".utf8), calls: calls) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(Self.names(in: folder) == ["state.json"], "the temporary file is removed")
    }

    /// What was synced: whether each descriptor was a directory, and its inode.
    final class SyncLog: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(directory: Bool, inode: ino_t)] = []
        func note(_ descriptor: Int32) {
            var status = stat()
            fstat(descriptor, &status)
            lock.withLock { entries.append(((status.st_mode & S_IFMT) == S_IFDIR, status.st_ino)) }
        }
        var all: [(directory: Bool, inode: ino_t)] { lock.withLock { entries } }
    }

    @Test("the file is synced before the rename, and the folder after it")
    func syncsFolder() throws {
        let folder = Self.scratch()
        let log = SyncLog()
        var calls = PrivateFile.Calls.system
        calls.fsync = { descriptor in log.note(descriptor); return fsync(descriptor) }
        let synced = try PrivateFile.replace(folder + "/token", with: Array("t".utf8), calls: calls)
        var folderStatus = stat(), fileStatus = stat()
        stat(folder, &folderStatus)
        stat(folder + "/token", &fileStatus)
        #expect(log.all.map(\.directory) == [false, true])
        #expect(log.all.map(\.inode) == [fileStatus.st_ino, folderStatus.st_ino], "the file that took the name, then its folder")
        #expect(synced, "the folder's fsync succeeded")
    }

    @Test("a log opened for appending is created 0600 and keeps what was there")
    func appends() throws {
        let folder = Self.scratch()
        for line in ["one\n", "two\n"] {
            let descriptor = try PrivateFile.openForAppending(folder + "/log")
            #expect(DescriptorWriter.writeAll(line.utf8, to: descriptor))
            close(descriptor)
        }
        #expect(Self.mode(folder + "/log") == 0o600)
        #expect(try String(contentsOfFile: folder + "/log", encoding: .utf8) == "one\ntwo\n")
    }

    @Test("a file whose folder is missing is not writable, and says so")
    func missingFolder() {
        let path = Self.scratch() + "/missing/token"
        #expect(throws: PrivateFileError.system(path: path, code: ENOENT)) { try PrivateFile.checkWritable(path) }
        #expect(PrivateFileError.system(path: path, code: ENOENT).reason == "No such file or directory")
    }
}
