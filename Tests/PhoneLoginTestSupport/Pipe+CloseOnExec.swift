import Foundation

extension Pipe {
    /// A pipe whose two descriptors close on `exec` (`CloseOnExec`). The child started with the pipe as a standard
    /// stream gets its own copy (dup2), which stays open.
    static func closingOnExec() -> Pipe {
        let pipe = Pipe()
        CloseOnExec.mark(pipe.fileHandleForReading.fileDescriptor)
        CloseOnExec.mark(pipe.fileHandleForWriting.fileDescriptor)
        return pipe
    }
}
