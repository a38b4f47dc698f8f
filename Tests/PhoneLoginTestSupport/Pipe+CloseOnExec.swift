import Foundation

extension Pipe {
    /// A pipe whose two descriptors close on `exec`: a program started meanwhile by another test (`system()` forking
    /// a tmux server, say) does not keep them open, so the end of input and the end of output still arrive.
    /// The child started with the pipe as a standard stream gets its own copy (dup2), which stays open.
    static func closingOnExec() -> Pipe {
        let pipe = Pipe()
        for descriptor in [pipe.fileHandleForReading.fileDescriptor, pipe.fileHandleForWriting.fileDescriptor] {
            _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
        }
        return pipe
    }
}
