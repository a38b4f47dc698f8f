import Foundation

/// A child process started with `posix_spawn`, inheriting nothing but its three standard streams, and reaped on a
/// thread of its own the moment it exits.
///
/// Not Foundation's `Process`, for two reasons seen in the parallel suite on 2 cores. Every descriptor the test process
/// holds without close-on-exec (SwiftNIO's sockets, Foundation's own exit-watch socket) was inherited by each program
/// another test started meanwhile: a client's closed connection stayed open at the server until that program ended
/// (Esc reached the emulator after 0.8–1 s instead of under a millisecond). And `Process` learns of an exit when that
/// socket closes, so an inherited copy delayed it too (a 1-second run reported as 11 s). Here the child's descriptors
/// above 2 are closed at `exec` (`posix_spawn_file_actions_addclosefrom_np`), and `waitpid` sees the exit itself.
public final class SpawnedProcess: Sendable {
    /// The child's process id.
    public let processIdentifier: pid_t
    /// Fired once the child has exited and been reaped, with its exit code (128 + N for signal N).
    let exited = ExitSignal()

    /// Starts `executable` with `arguments` (not including argv[0]) and exactly `environment`, its stdin, stdout and
    /// stderr the given descriptors (nil: /dev/null), in a process group of its own with every signal at its default
    /// and none blocked (as `Process` does); `onExit` runs on the reaping thread before the exit is signalled.
    public init(_ executable: String, _ arguments: [String], environment: [String: String],
                stdin: Int32? = nil, stdout: Int32? = nil, stderr: Int32? = nil,
                onExit: @escaping @Sendable () -> Void = {}) throws {
        let devNull = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { if devNull >= 0 { close(devNull) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (source, target) in [(stdin, Int32(0)), (stdout, 1), (stderr, 2)] {
            posix_spawn_file_actions_adddup2(&actions, source ?? devNull, target)
        }
        guard Self.closeFrom(&actions, 3) == 0 else { throw POSIXError(.ENOSYS) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var spawned = pid_t()
        let result = posix_spawn(&spawned, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        let pid = spawned
        processIdentifier = pid
        let exited = exited
        DedicatedThread.start {
            var status: Int32 = 0
            var reaped: pid_t
            repeat { reaped = waitpid(pid, &status, 0) } while reaped == -1 && errno == EINTR
            onExit()
            // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
            let signal = status & 0x7f
            exited.fire(status: reaped != pid ? -1 : signal == 0 ? (status >> 8) & 0xff : 128 + signal)
        }
    }

    /// Whether it has exited (and been reaped).
    public var hasExited: Bool { exited.hasFired }

    /// Its exit code (128 + N for signal N), once it has exited.
    public var status: Int32? { exited.status }

    /// When its exit was seen.
    public var exitedAt: ContinuousClock.Instant? { exited.firedAt }

    /// Sends `signal` unless it has already exited (so a reused pid is never hit).
    public func signal(_ signal: Int32) {
        if !hasExited { kill(processIdentifier, signal) }
    }

    /// Waits for its exit; returns its exit code.
    @discardableResult
    public func wait() async -> Int32 {
        await exited.wait()
        return exited.status ?? -1
    }

    /// The absolute path of `name` on `PATH` (or `name` itself if it holds a slash or is not found).
    public static func which(_ name: String) -> String {
        guard !name.contains("/") else { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? name
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift's Glibc module does not declare.
    private static let closeFrom: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32 = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            fatalError("glibc 2.34 or newer is needed (posix_spawn_file_actions_addclosefrom_np)")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()
}
