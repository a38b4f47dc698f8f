#if canImport(Glibc)
import Glibc
#endif

/// A thread of its own, started at once and never joined (pthreads): what the runtime's loop and the signal relay
/// need, without Foundation's `Thread`, whose NSObject world brings CoreFoundation and ICU into the static binary.
public enum DetachedThread {
    /// Starts `body` on a new detached thread named `name` (cut to Linux's 15 bytes); false when none could be made.
    @discardableResult
    public static func start(named name: String? = nil, _ body: @escaping @Sendable () -> Void) -> Bool {
        let work = Unmanaged.passRetained(Work(name: name, body: body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let result = pthread_create(&thread, &attributes, { context in
            let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
            if let name = work.name { DetachedThread.name(name) }
            work.body()
            return nil
        }, work)
        guard result == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return false
        }
        return true
    }

    /// Names the calling thread (what `ps -L` and `top -H` show; Linux keeps 15 bytes): through /proc, since
    /// pthread_setname_np is not in the Glibc module.
    private static func name(_ name: String) {
        let descriptor = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// What a new thread is handed.
    private final class Work {
        let name: String?
        let body: @Sendable () -> Void

        init(name: String?, body: @escaping @Sendable () -> Void) {
            self.name = name
            self.body = body
        }
    }
}
