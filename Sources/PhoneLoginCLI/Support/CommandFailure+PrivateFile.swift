import PhoneAuth

extension CommandFailure {
    /// A private file (the token, a log) that could not be written, in words naming what it is for: a usage error.
    init(_ error: PrivateFileError, purpose: String) {
        switch error {
        case .symbolicLink(let path):
            self.init("Refusing to write \(purpose) through the symbolic link \(path): give the file's real path.", status: .usage)
        case .notRegularFile(let path):
            self.init("Refusing to write \(purpose) to \(path): it is not a regular file.", status: .usage)
        case .system(let path, _):
            self.init("Cannot write \(purpose) to \(path): \(error.reason).", status: .usage)
        }
    }
}
