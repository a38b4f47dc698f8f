import Foundation
import Hummingbird
import HummingbirdTesting
import LoginEmulator
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// State across runs: `POST /emulator/export` (and `--export`) then a new emulator started from the file keeps a
/// number's `sub` and a refresh token that still refreshes; a damaged or newer file is refused and left untouched.
@Suite("The emulator's state across runs")
struct EmulatorStateTests {
    /// A fresh empty folder for one test's files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `GET /api/users/me` with an access token: the user's id and phone.
    static func me(_ client: any TestClientProtocol, _ accessToken: String) async throws -> (id: String, phone: String) {
        let response = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(accessToken)")
        try #require(response.status == .ok, "\(String(buffer: response.body))")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        return (try #require(object["id"] as? String), try #require(object["phone"] as? String))
    }

    @Test("export, stop, import: the number keeps its sub, the refresh token refreshes once, the file is 0600")
    func roundTrip() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        var first = TestProject.emulator()
        first.exportPath = path
        let (refreshToken, subject, answered) = try await RouteTests.withRoutes(first) { client in
            let tokens = try await OAuthSteps.signIn(client)
            let user = try await Self.me(client, tokens.accessToken)
            let response = try await client.execute(uri: "/emulator/export", method: .post)
            try #require(response.status == .ok, "\(String(buffer: response.body))")
            return (try #require(tokens.refreshToken), user.id, Data(response.body.readableBytesView))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let state = try EmulatorStateFile.read(path)
        #expect(try EmulatorStateFile.decode(answered, path: "answer") == state, "the answer is the file's state")
        #expect(state.users.map(\.sub) == [subject] && state.users.map(\.phone) == [OAuthSteps.phone])
        #expect(state.refreshTokens.map(\.token) == [refreshToken])

        var second = TestProject.emulator()
        second.initialState = state
        try await RouteTests.withRoutes(second) { client in
            let refreshed = try OAuthSteps.tokens(try await OAuthSteps.refresh(client, refreshToken))
            #expect(try await Self.me(client, refreshed.accessToken).id == subject)
            let again = try await OAuthSteps.refresh(client, refreshToken)
            #expect(again.status == .badRequest, "the imported token rotated like any other")
            // A new login of the same number is the same user.
            #expect(try await Self.me(client, try await OAuthSteps.signIn(client).accessToken).id == subject)
        }
    }

    @Test("--export-operations: a code sent before the export is confirmed after the import")
    func operations() async throws {
        var first = TestProject.emulator()
        first.exportsOperations = true
        let (state, operation, code) = try await RouteTests.withRoutes(first) { client in
            let (operation, code) = try await RouteTests.started(client)
            let answer = Data(try await client.execute(uri: "/emulator/export", method: .post).body.readableBytesView)
            return (try EmulatorStateFile.decode(answer, path: "answer"), operation, code)
        }
        #expect(state.operations?.map(\.id) == [operation])
        var second = TestProject.emulator()
        second.initialState = state
        try await RouteTests.withRoutes(second) { client in
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(RouteTests.phone)"}"#
            let response = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
            #expect(response.status == .ok, "\(String(buffer: response.body))")
        }
    }

    @Test("without --export-operations no code survives")
    func noOperations() async throws {
        try await RouteTests.withRoutes { client in
            _ = try await RouteTests.started(client)
            let answer = Data(try await client.execute(uri: "/emulator/export", method: .post).body.readableBytesView)
            #expect(try EmulatorStateFile.decode(answer, path: "answer").operations == nil)
        }
    }

    /// A file that must be refused, and the words the refusal must have.
    static let refusedFiles: [(name: String, text: String, words: String)] = [
        ("a newer version", #"{"format":"phone-login-emulator-state","version":2,"exported_at":"2026-12-07T21:00:00Z","users":[]}"#,
         "format version 2, newer than this phone-login reads (up to 1)"),
        ("cut short", #"{"format":"phone-login-emulator-state","version":1,"exported_at":"2026-12-07T21:0"#, "not a JSON object"),
        ("another format", #"{"format":"firebase-auth-export","version":1}"#, #""format" is not "phone-login-emulator-state""#),
        ("a field of the wrong type", #"{"format":"phone-login-emulator-state","version":1,"exported_at":"2026-12-07T21:00:00Z","users":[{"sub":1}]}"#,
         "users[0].sub"),
        ("no version", #"{"format":"phone-login-emulator-state"}"#, #"no valid "version""#),
    ]

    @Test("a newer or damaged file is refused in words and left byte for byte as it was", arguments: refusedFiles.indices)
    func refused(_ index: Int) throws {
        let file = Self.refusedFiles[index]
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        let bytes = Data(file.text.utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try EmulatorStateFile.read(path)
            Issue.record("\(file.name) was read")
        } catch {
            #expect(error.description.contains(file.words), "\(error.description)")
            #expect(error.description.contains(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    }

    @Test("an export replaces the file whole and leaves no temporary file beside it")
    func atomicReplace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        try Data(String(repeating: "x", count: 100_000).utf8).write(to: URL(fileURLWithPath: path))
        var state = EmulatorState(exportedAt: Date(timeIntervalSince1970: 1_800_000_000))
        state.users = [.init(sub: "u", phone: "+4915112345678", registered: state.exportedAt, lastLogin: state.exportedAt)]
        try EmulatorStateFile.write(state, to: path)
        #expect(try EmulatorStateFile.read(path) == state)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    }
}
