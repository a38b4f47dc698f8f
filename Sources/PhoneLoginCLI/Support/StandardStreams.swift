import Foundation
import PhoneAuth

/// Writing to stdout and stderr without buffering: scripts and tests read them line by line as they come.
///
/// A reader that went away (a closed pipe, `| head`) must not crash the program: the write fails with EPIPE
/// (SIGPIPE is ignored, see `PhoneLoginCommand.main`) and the line is dropped.
enum StandardStreams {
    /// Writes one line to stderr at once.
    static func error(_ line: String) {
        DescriptorWriter.writeAll((line + "\n").utf8, to: STDERR_FILENO)
    }

    /// Writes one line to stdout at once (no buffer to flush, even into a pipe); false when nobody reads it.
    @discardableResult
    static func output(_ line: String) -> Bool {
        DescriptorWriter.writeAll((line + "\n").utf8, to: STDOUT_FILENO)
    }

    /// Reads one line from stdin without its newline; nil at end of input.
    static func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
