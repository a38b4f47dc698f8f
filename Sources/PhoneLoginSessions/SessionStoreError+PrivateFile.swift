import Foundation
import PhoneAuthModel

extension SessionStoreError {
    /// The store's error for a private file that could not be written: a link refused as such, anything else with its reason.
    init(_ error: PrivateFileError) {
        switch error {
        case .symbolicLink(let path): self = .symbolicLink(path: path)
        case .system(let path, ELOOP): self = .symbolicLink(path: path)
        case .notRegularFile(let path), .system(let path, _): self = .unreadable(path: path, reason: error.reason)
        }
    }
}
