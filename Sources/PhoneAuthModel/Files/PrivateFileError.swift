import Foundation

/// Why a private file was not written or opened: data; each caller says it in its own words, naming what the file is for.
package enum PrivateFileError: Error, Equatable, Sendable {
    /// The target is a symbolic link: refused, never followed.
    case symbolicLink(path: String)
    /// The target exists but is not a regular file (a directory, a device).
    case notRegularFile(path: String)
    /// A system call on `path` failed with `code` (an `errno`).
    case system(path: String, code: Int32)

    /// The file the error is about.
    package var path: String {
        switch self {
        case .symbolicLink(let path), .notRegularFile(let path), .system(let path, _): path
        }
    }

    /// The reason as a fragment: the system's words for `.system` ("No such file or directory").
    package var reason: String {
        switch self {
        case .symbolicLink: "it is a symbolic link"
        case .notRegularFile: "it is not a regular file"
        case .system(_, let code): String(cString: strerror(code))
        }
    }
}
