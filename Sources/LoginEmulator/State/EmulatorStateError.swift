/// Why a state file was not read or not written; `description` says it in words, naming the file.
public enum EmulatorStateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// The file is not an emulator state file, or one that is damaged.
    case corrupt(path: String, reason: String)
    /// The file was written by a newer phone-login, in a format version this one does not know.
    case newerVersion(path: String, version: Int)
    /// The state could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the emulator state \(path): \(reason)."
        case .corrupt(let path, let reason):
            "\(path) is not a usable emulator state file (\(reason)); it was left as it is."
        case .newerVersion(let path, let version):
            "\(path) is an emulator state of format version \(version), newer than this phone-login reads (up to \(EmulatorState.currentVersion)); upgrade phone-login. The file was left as it is."
        case .unwritable(let path, let reason): "cannot write the emulator state \(path): \(reason)."
        }
    }
}
