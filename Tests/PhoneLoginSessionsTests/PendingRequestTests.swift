import Foundation
import PhoneLoginSessions
import Testing

/// The OAuth 2.0 requests `request` remembers for `confirm`: kept 0600 beside the sessions, found by operation id
/// until they expire, forgotten once used, a corrupt file reported and kept.
@Suite("Pending requests: the state request sent, kept for confirm (0600, expiring, forgotten once used)")
struct PendingRequestTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a remembered state is found by its operation id, in a 0600 file, and not under another id")
    func remembers() async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch() + "/phone-login")
        try await store.remember(PendingRequest(operationID: "op-1", state: "s1", now: Self.now), now: Self.now)
        try await store.remember(PendingRequest(operationID: "op-2", state: "s2", now: Self.now), now: Self.now)
        #expect(try store.pendingState(for: "op-1", now: Self.now) == "s1")
        #expect(try store.pendingState(for: "op-2", now: Self.now) == "s2")
        #expect(try store.pendingState(for: "op-3", now: Self.now) == nil)
        #expect(SessionStoreTests.mode(store.requestsPath) == 0o600)
        #expect(SessionStoreTests.mode(store.directory) == 0o700)
    }

    @Test("a request is forgotten after its lifetime (ten minutes), and expired ones leave the file at the next write",
          arguments: [(599.0, "s1" as String?), (600.0, nil), (3_600.0, nil)])
    func expires(after seconds: Double, expected: String?) async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        try await store.remember(PendingRequest(operationID: "op-1", state: "s1", now: Self.now), now: Self.now)
        #expect(try store.pendingState(for: "op-1", now: Self.now.addingTimeInterval(seconds)) == expected)
    }

    @Test("expired requests are dropped from the file when another is remembered")
    func prunes() async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        try await store.remember(PendingRequest(operationID: "old", state: "s0", now: Self.now), now: Self.now)
        let later = Self.now.addingTimeInterval(PendingRequest.lifetime + 1)
        try await store.remember(PendingRequest(operationID: "new", state: "s1", now: later), now: later)
        let text = try String(contentsOfFile: store.requestsPath, encoding: .utf8)
        #expect(!text.contains("\"old\""))
        #expect(text.contains("\"new\""))
    }

    @Test("once used it is forgotten; the last one gone removes the file")
    func forgets() async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        try await store.remember(PendingRequest(operationID: "op-1", state: "s1", now: Self.now), now: Self.now)
        #expect(try await store.forgetRequest("op-1", now: Self.now))
        #expect(try store.pendingState(for: "op-1", now: Self.now) == nil)
        #expect(!FileManager.default.fileExists(atPath: store.requestsPath))
        #expect(try await store.forgetRequest("op-1", now: Self.now) == false)
    }

    @Test("a corrupt file is reported by its path and left as it was")
    func corrupt() async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: store.requestsPath))
        #expect(throws: SessionStoreError.corrupt(path: store.requestsPath, reason: "it is not the JSON this version writes")) {
            try store.pendingState(for: "op-1")
        }
        await #expect(throws: SessionStoreError.self) {
            try await store.remember(PendingRequest(operationID: "op-1", state: "s1"))
        }
        #expect(try String(contentsOfFile: store.requestsPath, encoding: .utf8) == "{not json")
    }

    @Test("a symbolic link in the file's place is refused, not followed")
    func link() async throws {
        let store = SessionStore(directory: SessionStoreTests.scratch())
        let target = SessionStoreTests.scratch() + "/elsewhere.json"
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        symlink(target, store.requestsPath)
        await #expect(throws: SessionStoreError.symbolicLink(path: store.requestsPath)) {
            try await store.remember(PendingRequest(operationID: "op-1", state: "s1"))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
