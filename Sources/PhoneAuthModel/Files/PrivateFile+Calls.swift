import Foundation

extension PrivateFile {
    /// The system calls a replacement makes that can fail after the temporary file exists: the real ones, or in
    /// tests ones that fail on purpose or record what they were given.
    package struct Calls: Sendable {
        /// Writes every byte to the descriptor; false on an error (`errno` set).
        package var write: @Sendable ([UInt8], Int32) -> Bool
        /// `fsync(2)`: 0, or -1 with `errno` set.
        package var fsync: @Sendable (Int32) -> Int32
        /// `rename(2)`: 0, or -1 with `errno` set.
        package var rename: @Sendable (String, String) -> Int32

        /// The system's own.
        package static let system = Calls(
            write: { DescriptorWriter.writeAll($0, to: $1) },
            fsync: { Foundation.fsync($0) },
            rename: { Foundation.rename($0, $1) }
        )

        /// Calls made of the given closures.
        package init(write: @escaping @Sendable ([UInt8], Int32) -> Bool, fsync: @escaping @Sendable (Int32) -> Int32,
                     rename: @escaping @Sendable (String, String) -> Int32) {
            (self.write, self.fsync, self.rename) = (write, fsync, rename)
        }
    }
}
