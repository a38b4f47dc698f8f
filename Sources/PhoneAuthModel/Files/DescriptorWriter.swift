import Foundation

/// The one loop that writes a whole buffer to a file descriptor (standard streams, pipes, private files): a short
/// write continued, an interrupted one retried.
package enum DescriptorWriter {
    /// Writes every byte of `bytes` to `descriptor`; false on an error (`errno` says which) or a write that took nothing.
    @discardableResult
    package static func writeAll(_ bytes: some Sequence<UInt8>, to descriptor: Int32) -> Bool {
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            rest = rest.dropFirst(written)
        }
        return true
    }
}
