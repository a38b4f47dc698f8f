/// Why a fault given on the command line or to `POST /emulator/faults` was refused.
public struct FaultSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in words.
    public let description: String

    /// Creates the error.
    package init(_ description: String) { self.description = description }
}
