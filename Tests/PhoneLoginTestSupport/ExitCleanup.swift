import Foundation
import Synchronization

/// Paths to remove when the test process exits, whatever removed them or not before.
final class ExitCleanup: Sendable {
    private let paths = Mutex<Set<String>>([])
    /// The one instance `atexit` reaches (a C function pointer captures nothing).
    nonisolated(unsafe) private static var registered: ExitCleanup?

    /// Starts keeping paths, and removes those left when the process exits.
    init() {
        Self.registered = self
        atexit {
            ExitCleanup.registered?.paths.withLock { paths in
                for path in paths { try? FileManager.default.removeItem(atPath: path) }
                paths = []
            }
        }
    }

    /// Keeps `path` to remove at exit.
    func register(_ path: String) { _ = paths.withLock { $0.insert(path) } }

    /// Forgets `path` (removed already).
    func forget(_ path: String) { _ = paths.withLock { $0.remove(path) } }
}
