import PhoneAuth

extension CommandFailure {
    /// The `--save-token` file that could not be written, in the login's `language`: a usage error.
    init(tokenFile error: PrivateFileError, in language: Language = .english) {
        switch error {
        case .symbolicLink(let path): self.init(language.text(.tokenFileSymbolicLink, ["path": path]), status: .usage)
        case .notRegularFile(let path): self.init(language.text(.tokenFileNotRegular, ["path": path]), status: .usage)
        case .system(let path, _): self.init(language.text(.tokenFileUnwritable, ["path": path, "reason": error.reason]), status: .usage)
        }
    }
}
