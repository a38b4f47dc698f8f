import Foundation
import Synchronization

/// A configuration directory (`XDG_CONFIG_HOME`) of one spawned binary's own: made empty under the temporary directory
/// when the binary starts, removed once it has exited, so no run sees what another left (a session, a remembered
/// state) and nothing piles up. A test that wants two runs to share one passes its own `XDG_CONFIG_HOME`.
public final class ScratchConfiguration: Sendable {
    /// The directory's path.
    public let path: String

    /// Makes a new, empty directory (mode 0700, as the binary would make its own).
    public init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/phone-login-config-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: String(cString: template)]) }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        Self.leftAtExit.register(path)
    }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
        Self.leftAtExit.forget(path)
    }

    /// The directories not removed yet, removed when the test process exits (a spawned program still running then,
    /// or reaped after the last test, would otherwise leave its directory behind).
    static let leftAtExit = ExitCleanup()
}
