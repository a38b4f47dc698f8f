import Foundation

/// The descriptors phone-login was started with, kept apart from the ones it opens itself, so a program it starts
/// (`--on-login`'s hook, `emulator exec`'s command) gets what phone-login's own parent meant it to have and none of
/// phone-login's sockets: SwiftNIO opens them without close-on-exec, and a child holding a copy of a connection keeps
/// it open at the server after phone-login has closed it, or of the emulator's listening socket, keeps the port.
enum InheritedDescriptors {
    /// The descriptors above stderr open when `record()` ran, at start.
    nonisolated(unsafe) private static var atStart: Set<Int32>?

    /// Notes the descriptors open now; called first thing in `main`, before anything opens one of its own.
    static func record() {
        atStart = Set(open())
    }

    /// Marks close-on-exec every descriptor above stderr that was not open at start.
    static func closeOwnOnExec() {
        let inherited = atStart ?? []
        for descriptor in open() where !inherited.contains(descriptor) {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// The descriptors above stderr open now (from `/proc/self/fd`; none where it is missing).
    private static func open() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap(Int32.init).filter { $0 > STDERR_FILENO }
    }
}
