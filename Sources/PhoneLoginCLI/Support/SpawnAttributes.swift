import Foundation

/// How phone-login starts another program (`--on-login`'s hook, `emulator exec`'s command): with every signal it
/// handles or ignores back at its default and none blocked, and none of phone-login's own descriptors, so the child
/// behaves as if a shell had started it.
enum SpawnAttributes {
    /// The signals phone-login handles or ignores, which a child gets back at their defaults.
    static let resetSignals: [Int32] = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGTERM, SIGHUP, SIGWINCH, SIGCONT, SIGCHLD]

    /// Runs `body` with spawn attributes that reset `resetSignals` and block nothing; `newGroup` puts the child in a
    /// process group of its own. The child inherits none of phone-login's own descriptors (`InheritedDescriptors`).
    static func with<R>(newGroup: Bool, _ body: (inout posix_spawnattr_t) -> R) -> R {
        InheritedDescriptors.closeOwnOnExec()
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in resetSignals { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if newGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        return body(&attributes)
    }
}
