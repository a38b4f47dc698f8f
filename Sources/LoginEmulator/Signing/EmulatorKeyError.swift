/// Why a PEM text could not become the emulator's RS256 signing key.
public enum EmulatorKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text holds no PEM block at all.
    case notPEM
    /// An encrypted private key (a passphrase would be needed).
    case encrypted
    /// A PEM block, but a public key or a certificate: signing needs the private key.
    case notPrivate
    /// A private key that is not RSA (an EC or Ed25519 key), or a damaged one.
    case notRSA
    /// An RSA key shorter than 2048 bits (RFC 7518 §3.3 asks for at least 2048).
    case tooShort

    /// The reason in words, for the command's error line.
    public var description: String {
        switch self {
        case .notPEM: "it is not a PEM file (no \"-----BEGIN … PRIVATE KEY-----\" line)"
        case .encrypted: "the private key is encrypted; write it out unencrypted first (openssl pkey -in KEY -out PLAIN)"
        case .notPrivate: "it holds a public key or a certificate; RS256 signing needs the RSA private key"
        case .notRSA: "it is not a readable RSA private key (an EC or Ed25519 key, or a damaged file?)"
        case .tooShort: "the RSA key is shorter than 2048 bits (RFC 7518 §3.3)"
        }
    }
}
