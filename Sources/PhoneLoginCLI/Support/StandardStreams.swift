import Foundation

/// Writing to stdout and stderr without buffering: scripts and tests read them line by line as they come.
///
/// A reader that went away (a closed pipe, `| head`) must not crash the program: the write fails with EPIPE
/// (SIGPIPE is ignored, see `PhoneLoginCommand.main`) and the line is dropped.
enum StandardStreams {
    /// Writes one line to stderr at once.
    static func error(_ line: String) {
        write(line + "\n", to: STDERR_FILENO)
    }

    /// Writes one line to stdout at once (no buffer to flush, even into a pipe); false when nobody reads it.
    @discardableResult
    static func output(_ line: String) -> Bool {
        write(line + "\n", to: STDOUT_FILENO)
    }

    /// Reads one line from stdin without its newline; nil at end of input.
    static func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    /// Writes all of `text`, retrying short writes and EINTR; false on any other error.
    @discardableResult
    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
