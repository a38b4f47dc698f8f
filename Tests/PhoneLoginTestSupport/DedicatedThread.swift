import Foundation

/// Blocking work (a `system()`, a read to the end of a pipe) on a thread of its own.
///
/// Never on a Swift concurrency thread, and never on a Dispatch worker either: on Linux, libdispatch's pool starts
/// with one worker per core and adds about one a second while they are blocked, so a few tests each blocking a
/// worker would make every other test's `send-keys` or pipe read wait seconds on a 2-core machine.
public enum DedicatedThread {
    /// Runs `body` on a new thread and returns its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            start { continuation.resume(returning: body()) }
        }
    }

    /// Starts `body` on a new thread and returns at once.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread { body() }
        thread.stackSize = 1 << 20
        thread.start()
    }
}
