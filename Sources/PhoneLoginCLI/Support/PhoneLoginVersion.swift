/// The version of `phone-login`, in one place: `--version` prints it and `scripts/package.sh` reads it from this file.
enum PhoneLoginVersion {
    /// The release's version, `MAJOR.MINOR.PATCH`; a `vX.Y.Z` tag on the release commit must say the same.
    static let current = "1.1.0"
}
