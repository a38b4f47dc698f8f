import Crypto
import CryptoExtras
import Foundation
import JWTKit
import PhoneAuth

/// The emulator's RS256 key pair: read from a PEM private key (`--jwt-key`) or made at start, with its key id (the
/// RFC 7638 thumbprint of its public JWK) and its public half in Xsolla's keys shape. jwt-kit and swift-crypto do the
/// cryptography.
public struct EmulatorSigningKey: Sendable {
    /// The private key jwt-kit signs with.
    let privateKey: JWTKit.Insecure.RSA.PrivateKey
    /// The key id, in every token's `kid` header and in the keys endpoint.
    public let keyID: String
    /// The public key as `GET /api/projects/{projectId}/keys` lists it.
    public let publicKey: ProjectKey

    /// Reads a PEM private key (`-----BEGIN PRIVATE KEY-----` or `-----BEGIN RSA PRIVATE KEY-----`), RSA of at least
    /// 2048 bits.
    public init(pem: String) throws(EmulatorKeyError) {
        guard pem.firstRange(of: "-----BEGIN ") != nil else { throw .notPEM }
        if pem.firstRange(of: "ENCRYPTED PRIVATE KEY") != nil || pem.firstRange(of: "Proc-Type: 4,ENCRYPTED") != nil { throw .encrypted }
        guard pem.firstRange(of: "PRIVATE KEY-----") != nil else { throw .notPrivate }
        let backing: _RSA.Signing.PrivateKey
        do {
            backing = try _RSA.Signing.PrivateKey(pemRepresentation: pem)
        } catch CryptoKitError.incorrectParameterSize {
            throw .tooShort  // swift-crypto refuses RSA keys under 2048 bits as it reads them
        } catch {
            throw .notRSA
        }
        guard backing.keySizeInBits >= 2048 else { throw .tooShort }
        let key: JWTKit.Insecure.RSA.PrivateKey
        do {
            key = try JWTKit.Insecure.RSA.PrivateKey(backing: backing)
        } catch {
            throw .notRSA
        }
        try self.init(key: key)
    }

    /// A fresh 2048-bit key pair.
    public static func generate() throws -> EmulatorSigningKey {
        try EmulatorSigningKey(key: JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048)))
    }

    /// The private key in PEM (PKCS#8), e.g. for a `--jwt-key` file a test writes.
    public var pem: String { privateKey.pemRepresentation }

    private init(key: JWTKit.Insecure.RSA.PrivateKey) throws(EmulatorKeyError) {
        let primitives: (modulus: Data, publicExponent: Data)
        do {
            primitives = try key.publicKey.getKeyPrimitives()
        } catch {
            throw .notRSA
        }
        let modulus = Self.unpadded(primitives.modulus)
        let exponent = Self.unpadded(primitives.publicExponent)
        self.privateKey = key
        self.keyID = Self.thumbprint(modulus: modulus, exponent: exponent)
        self.publicKey = ProjectKey(exponent: Self.hex(exponent), keyID: keyID, modulus: Self.hex(modulus))
    }

    /// RFC 7638: SHA-256 of the JWK's required members in lexicographic order, no spaces, base64url.
    private static func thumbprint(modulus: Data, exponent: Data) -> String {
        let json = #"{"e":"\#(base64URL(exponent))","kty":"RSA","n":"\#(base64URL(modulus))"}"#
        return base64URL(Data(SHA256.hash(data: Data(json.utf8))))
    }

    /// Base64url without padding (RFC 7515 §2).
    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }

    /// Lower-case hexadecimal, two digits a byte.
    private static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: data.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }, as: UTF8.self)
    }

    /// A big-endian number without leading zero bytes (RFC 7518 §6.3.1: the minimal octets).
    private static func unpadded(_ data: Data) -> Data {
        let trimmed = data.drop { $0 == 0 }
        return trimmed.isEmpty ? Data([0]) : Data(trimmed)
    }
}
