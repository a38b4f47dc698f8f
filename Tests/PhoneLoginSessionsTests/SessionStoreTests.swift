import Foundation
import PhoneAuthModel
import PhoneLoginSessions
import Testing

/// The session store on disk: where, with which modes, replaced atomically, refusing links, never losing a file.
@Suite("The session store: 0700/0600, atomic, no symbolic links, a corrupt file reported and kept")
struct SessionStoreTests {
    /// A fresh directory under /tmp for one test.
    static func scratch() -> String {
        let path = NSTemporaryDirectory() + "phone-login-store-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func session(project: String = "11111111-2222-4333-8444-555555555555", client: Int? = nil, token: String = "access-1",
                        refresh: String? = nil, expires: Date = Date().addingTimeInterval(3_600)) -> StoredSession {
        StoredSession(key: SessionKey(baseURL: "http://127.0.0.1:8480/api/", projectID: project.uppercased(), clientID: client),
                      mode: client == nil ? .jwt : .oauth2, accessToken: token, refreshToken: refresh, scope: client.map { _ in "offline" },
                      redirectURI: nil, expiresAt: expires, subject: "user-1", maskedPhone: "+•••••••••00", storedAt: Date())
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = lstat(path, &status)
        return status.st_mode & 0o777
    }

    @Test("the standard place: $XDG_CONFIG_HOME/phone-login, else ~/.config/phone-login, else an error", arguments: [
        (["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"], "/x/config/phone-login"),
        (["HOME": "/home/a"], "/home/a/.config/phone-login"),
        (["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"], "/home/a/.config/phone-login"),
        ([:], nil),
    ] as [([String: String], String?)])
    func standardPlace(environment: [String: String], expected: String?) {
        #expect((try? SessionStore.standard(environment: environment))?.directory == expected)
    }

    @Test("a new store: the directory 0700, the file 0600, parents made; nothing left beside it")
    func modes() async throws {
        let root = Self.scratch()
        let store = SessionStore(directory: root + "/deep/phone-login")
        try await store.withLock { try store.save(Self.session()) }
        #expect(Self.mode(store.directory) == 0o700)
        #expect(Self.mode(store.filePath) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
        #expect(names == ["sessions.json", "sessions.lock"], "no temporary file is left behind")
    }

    @Test("a looser directory is tightened to 0700 on the next write")
    func tightens() throws {
        let root = Self.scratch()
        chmod(root, 0o755)
        let store = SessionStore(directory: root)
        try store.save(Self.session())
        #expect(Self.mode(root) == 0o700)
    }

    @Test("one session per base URL + project + client: a save replaces its own key and keeps the others")
    func replaces() throws {
        let store = SessionStore(directory: Self.scratch())
        try store.save(Self.session(token: "a"))
        try store.save(Self.session(client: 57, token: "b", refresh: "r"))
        try store.save(Self.session(token: "c"))
        let sessions = try store.sessions()
        #expect(sessions.count == 2)
        let key = SessionKey(baseURL: "http://127.0.0.1:8480/api", projectID: "11111111-2222-4333-8444-555555555555", clientID: nil)
        #expect(try store.session(for: key)?.accessToken == "c", "the trailing slash and the case do not make another key")
        #expect(try store.remove(key))
        #expect(try store.sessions().map(\.accessToken) == ["b"])
        #expect(try !store.remove(key), "removing twice finds nothing")
    }

    @Test("the replace is atomic: the inode changes, a reader never sees half a file")
    func atomic() throws {
        let store = SessionStore(directory: Self.scratch())
        try store.save(Self.session(token: "a"))
        var before = stat()
        _ = stat(store.filePath, &before)
        try store.save(Self.session(token: String(repeating: "x", count: 50_000)))
        var after = stat()
        _ = stat(store.filePath, &after)
        #expect(before.st_ino != after.st_ino, "written aside and renamed over, not rewritten in place")
        #expect(try store.sessions().first?.accessToken.count == 50_000)
    }

    @Test("a symbolic link is refused, as the file or as the directory, and nothing is written through it", arguments: [true, false])
    func symbolicLink(asFile: Bool) throws {
        let root = Self.scratch()
        let target = root + "/elsewhere"
        FileManager.default.createFile(atPath: target, contents: Data("{}".utf8))
        let store: SessionStore
        if asFile {
            try FileManager.default.createDirectory(atPath: root + "/store", withIntermediateDirectories: true)
            symlink(target, root + "/store/sessions.json")
            store = SessionStore(directory: root + "/store")
        } else {
            try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
            symlink(root + "/real", root + "/linked")
            store = SessionStore(directory: root + "/linked")
        }
        #expect(throws: SessionStoreError.self) { try store.save(Self.session()) }
        do {
            try store.save(Self.session())
        } catch {
            let text = ErrorWording.message(for: error as! SessionStoreError)
            #expect(text.contains("symbolic link"), "\(text)")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "{}")
    }

    @Test("a corrupt or foreign file: a message naming it, and it is neither overwritten nor deleted", arguments: [
        ("not json at all", "not the JSON"), ("", "empty"), (#"{"version": 9, "sessions": []}"#, "format version 9"),
    ])
    func corrupt(content: String, reason: String) throws {
        let store = SessionStore(directory: Self.scratch())
        FileManager.default.createFile(atPath: store.filePath, contents: Data(content.utf8), attributes: [.posixPermissions: 0o600])
        var caught: SessionStoreError?
        do { _ = try store.sessions() } catch { caught = error }
        let message = caught.map { ErrorWording.message(for: $0) } ?? ""
        #expect(message.contains(store.filePath) && message.contains(reason), "\(message)")
        #expect(throws: SessionStoreError.self) { try store.save(Self.session()) }
        #expect(try String(contentsOfFile: store.filePath, encoding: .utf8) == content, "the file is kept as it was")
    }

    @Test("an unreadable file is reported with the system's reason, not a crash")
    func unreadable() throws {
        let store = SessionStore(directory: Self.scratch())
        try FileManager.default.createDirectory(atPath: store.filePath, withIntermediateDirectories: true)
        var caught: SessionStoreError?
        do { _ = try store.sessions() } catch { caught = error }
        let message = caught.map { ErrorWording.message(for: $0) } ?? ""
        #expect(message.contains(store.filePath), "\(message)")
    }
}
