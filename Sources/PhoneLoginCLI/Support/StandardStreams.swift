import Foundation

/// Writing to stdout and stderr without buffering: scripts and tests read them line by line as they come.
enum StandardStreams {
    /// Writes one line to stderr at once.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes one line to stdout at once (no buffer to flush, even into a pipe).
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Reads one line from stdin without its newline; nil at end of input.
    static func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
