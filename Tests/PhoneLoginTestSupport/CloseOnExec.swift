import Foundation

/// Descriptors that close on `exec`: a program started meanwhile by another test (`system()` forking a tmux server,
/// say) does not keep them open, so the end of input and the end of output still arrive.
public enum CloseOnExec {
    /// Marks `descriptor` to close on `exec`.
    public static func mark(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }

    /// A pipe, read end first, both ends closing on `exec` (Glibc's module has no `pipe2`); nil if there is none.
    public static func pipe() -> [Int32]? {
        var ends: [Int32] = [-1, -1]
        guard Glibc.pipe(&ends) == 0 else { return nil }
        ends.forEach(mark)
        return ends
    }
}
