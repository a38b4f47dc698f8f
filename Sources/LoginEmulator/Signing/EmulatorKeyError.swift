/// Why a PEM text could not become the emulator's RS256 signing key.
public enum EmulatorKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text holds no PEM block at all.
    case notPEM
    /// An encrypted private key (a passphrase would be needed).
    case encrypted
    /// A PEM block, but a public key or a certificate: signing needs the private key.
    case notPrivate
    /// A private key that is not RSA (or not readable as one), with the parser's reason.
    case notRSA(String)
    /// An RSA key shorter than 2048 bits (RFC 7518 §3.3 asks for at least 2048).
    case tooShort

    /// The reason in words, for the command's error line.
    public var description: String {
        switch self {
        case .notPEM: "it is not a PEM file (no \"-----BEGIN … PRIVATE KEY-----\" line)"
        case .encrypted: "the private key is encrypted; write it out unencrypted first (openssl pkey -in KEY -out PLAIN)"
        case .notPrivate: "it holds a public key or a certificate; RS256 signing needs the RSA private key"
        case .notRSA(let reason): "it is not an RSA private key (\(reason))"
        case .tooShort: "the RSA key is shorter than 2048 bits (RFC 7518 §3.3)"
        }
    }
}
