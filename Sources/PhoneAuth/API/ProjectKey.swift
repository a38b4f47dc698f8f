/// One public key of a Login project, as `GET /api/projects/{projectId}/keys` lists them: an RSA key whose modulus
/// `n` and exponent `e` are hex-encoded (not base64url as in a JWK), named by the `kid` a token's header carries.
public struct ProjectKey: Codable, Hashable, Sendable {
    /// The algorithm the key signs with (`RS256`).
    public var algorithm: String
    /// The public exponent, hex.
    public var exponent: String
    /// The key's id, as in a token's `kid` header.
    public var keyID: String
    /// The key type (`RSA`).
    public var keyType: String
    /// The modulus, hex.
    public var modulus: String
    /// What the key is for (`sig`).
    public var use: String

    /// A key in Xsolla's shape.
    public init(algorithm: String = "RS256", exponent: String, keyID: String, keyType: String = "RSA", modulus: String, use: String = "sig") {
        self.algorithm = algorithm
        self.exponent = exponent
        self.keyID = keyID
        self.keyType = keyType
        self.modulus = modulus
        self.use = use
    }

    enum CodingKeys: String, CodingKey {
        case algorithm = "alg", exponent = "e", keyID = "kid", keyType = "kty", modulus = "n", use
    }

    /// `hex` as bytes (an odd count of digits read with a leading zero), or nil when it is not hex.
    static func bytes(fromHex hex: String) -> [UInt8]? {
        var digits = Array(hex.utf8)
        if digits.count % 2 == 1 { digits.insert(UInt8(ascii: "0"), at: 0) }
        guard !digits.isEmpty else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// The value of one hex digit.
    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
