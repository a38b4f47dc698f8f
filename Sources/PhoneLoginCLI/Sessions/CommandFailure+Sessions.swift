import PhoneAuth
import PhoneLoginSessions

extension CommandFailure {
    /// A session store that cannot be used: exit 2, worded by `ErrorWording`.
    init(store error: SessionStoreError) {
        self.init(ErrorWording.message(for: error), status: .usage)
    }

    /// No usable sign-in: exit 9, worded by `ErrorWording`.
    init(notSignedIn reason: NotSignedInReason) {
        self.init(ErrorWording.message(for: reason), status: .notSignedIn)
    }
}
