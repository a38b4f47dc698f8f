import Foundation
import JWTKit
import PhoneAuthModel

/// Checking a token's signature: HS256 with the project's secret, RS256 (and RS384/RS512) with the project's public
/// keys from `GET /api/projects/{projectId}/keys`, chosen by the token's `kid`.
extension AuthClient {
    /// Whether `token`'s signature was checked and holds. HS256 needs the configured secret, RS256 the project's
    /// published keys (the project from the configuration, else the token's own `xsolla_login_project_id`): false when
    /// there is no way to check (no secret; the keys cannot be fetched, which is logged as a warning). A signature that
    /// does not hold, or an expired token, throws `.invalidToken`.
    func checkSignature(of token: String, claims: UserClaims) async throws(AuthError) -> Bool {
        guard let header = TokenHeader(of: token) else { throw .invalidToken(reason: "its header is not a JWT header") }
        switch header.algorithm {
        case "HS256":
            guard let secret = configuration.jwtSecret else { return false }
            return try await LoginResult.decodeClaims(of: token, verifyingWith: secret).1
        case "RS256", "RS384", "RS512":
            let project = configuration.projectID.isEmpty ? (claims.projectID ?? "") : configuration.projectID
            guard !project.isEmpty else {
                logger.warning("the token is signed with \(header.algorithm) but no Login project is known to fetch its keys from; its signature is not checked")
                return false
            }
            guard let keyID = header.keyID, !keyID.isEmpty else {
                throw .invalidToken(reason: "it is signed with \(header.algorithm) but names no key (kid)")
            }
            guard let key = try await projectKey(keyID, project: project) else { return false }
            return try await Self.verify(token, with: key, algorithm: header.algorithm)
        default:
            return false
        }
    }

    /// The key `keyID` of `project`: from the keys fetched in the last ten minutes, else fetched (again once when the
    /// kept keys lack it). Nil, with a warning, when the keys cannot be fetched; `.invalidToken` when the project does
    /// not publish that key.
    func projectKey(_ keyID: String, project: String) async throws(AuthError) -> ProjectKey? {
        let now = ContinuousClock.now
        if let ring = keyRings.withLock({ $0[project] }), ring.isFresh(at: now), let key = ring.keys[keyID] { return key }
        let keys: [ProjectKey]
        do {
            keys = try await send(.projectKeys, path: LoginEndpoint.projectKeysPath(project: project), method: .GET, query: [],
                                  body: .none, timeout: configuration.requestTimeout, as: [ProjectKey].self, phone: nil)
        } catch {
            logger.warning("the project's signing keys could not be fetched (\(ErrorWording.message(for: error))); the token's signature is not checked")
            return nil
        }
        let ring = ProjectKeyRing(keys: Dictionary(keys.map { ($0.keyID, $0) }, uniquingKeysWith: { first, _ in first }), fetchedAt: now)
        keyRings.withLock { $0[project] = ring }
        guard let key = ring.keys[keyID] else {
            throw .invalidToken(reason: "it is signed with a key (kid \(keyID)) the project does not publish")
        }
        return key
    }

    /// Verifies `token` against `key` (jwt-kit): true, or `.invalidToken` saying why not.
    static func verify(_ token: String, with key: ProjectKey, algorithm: String) async throws(AuthError) -> Bool {
        guard key.keyType == "RSA", let modulus = ProjectKey.bytes(fromHex: key.modulus), let exponent = ProjectKey.bytes(fromHex: key.exponent) else {
            throw .invalidToken(reason: "the project's key \(key.keyID) is not an RSA key in hex")
        }
        let digest: DigestAlgorithm = switch algorithm {
        case "RS384": .sha384
        case "RS512": .sha512
        default: .sha256
        }
        let keys = JWTKeyCollection()
        do {
            let publicKey = try Insecure.RSA.PublicKey(modulus: base64URL(modulus), exponent: base64URL(exponent))
            await keys.add(rsa: publicKey, digestAlgorithm: digest, kid: JWKIdentifier(string: key.keyID))
        } catch {
            throw .invalidToken(reason: "the project's key \(key.keyID) is not a usable RSA key")
        }
        do {
            _ = try await keys.verify(token, as: UserClaims.self)
            return true
        } catch let error as JWTError where error.errorType == .claimVerificationFailure {
            throw .invalidToken(reason: "it has expired")
        } catch {
            throw .invalidToken(reason: "its signature does not match the project's key \(key.keyID)")
        }
    }

    /// `bytes` in base64url without padding, as jwt-kit reads a JWK's numbers.
    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }
}
