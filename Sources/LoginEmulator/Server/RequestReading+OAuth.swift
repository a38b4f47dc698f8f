import Foundation
import Hummingbird
import PhoneAuth

/// Reading the OAuth 2.0 calls' query parameters, URL-encoded forms and Bearer tokens, with Xsolla's wording.
extension RequestReading {
    /// The query of `POST /oauth2/login/phone/request`: `response_type=code`, a known `client_id`, a `state` of at
    /// least 8 characters, the scopes (space-separated, RFC 6749 §3.3), and an absolute `redirect_uri` (Xsolla's blank
    /// page when none is given, and then the token call need not name one: §4.1.3).
    static func oauthRequest(_ request: Request, allowedClients: Set<Int>?) throws(EmulatorRejection) -> OAuthRequest {
        guard try requiredQuery(request, "response_type") == "code" else { throw .queryNotAllowed("response_type", allowed: ["code"]) }
        let clientID = try clientID(request, allowed: allowedClients)
        let state = optionalQuery(request, "state") ?? ""
        guard state.count >= 8 else { throw .weakState }
        let scopes = (optionalQuery(request, "scope") ?? "").split(separator: " ").map(String.init)
        let givenRedirectURI = optionalQuery(request, "redirect_uri").flatMap { $0.isEmpty ? nil : $0 }
        let redirectURI = givenRedirectURI ?? OAuthRequest.defaultRedirectURI
        guard isAbsoluteURL(redirectURI) else { throw .invalidQuery("redirect_uri", expected: "uri") }
        return OAuthRequest(clientID: clientID, scopes: scopes, state: state, redirectURI: redirectURI,
                            redirectURIGiven: givenRedirectURI != nil)
    }

    /// The `client_id` query parameter: present, an integer, and one of the configured clients when a list is set.
    static func clientID(_ request: Request, allowed: Set<Int>?) throws(EmulatorRejection) -> Int {
        let text = try requiredQuery(request, "client_id")
        guard let clientID = Int(text) else { throw .invalidQuery("client_id", expected: "integer: \"\(clip(text))\"") }
        return try admitted(clientID, allowed: allowed)
    }

    /// `clientID` when it is one of the configured clients (or any is accepted), else 400 `010-019`.
    static func admitted(_ clientID: Int, allowed: Set<Int>?) throws(EmulatorRejection) -> Int {
        if let allowed, !allowed.contains(clientID) { throw .clientAuthentication }
        return clientID
    }

    /// The body as a URL-encoded form (percent and `+` decoding by Hummingbird's decoder); anything else is 400.
    static func form<T: Decodable>(_ request: Request, as type: T.Type, limit: Int) async throws -> T {
        if let contentType = request.headers[.contentType], !contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            throw EmulatorRejection.malformedForm("the body must be application/x-www-form-urlencoded")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw EmulatorRejection.bodyTooLarge(limit: limit)
        }
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(decoding: buffer.readableBytesView, as: UTF8.self))
        } catch {
            throw EmulatorRejection.malformedForm("the body is not a well-formed URL-encoded form")
        }
    }

    /// The token of an `Authorization: Bearer …` header, or 401 `002-016` with RFC 6750's bare challenge (no header,
    /// another scheme, or no token after `Bearer`).
    static func bearerToken(_ request: Request) throws(EmulatorRejection) -> String {
        guard let header = request.headers[.authorization] else { throw .bearerMissing }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw .bearerMissing }
        let token = parts[1].trimmingSpacesAndTabs()
        guard !token.isEmpty else { throw .bearerMissing }
        return token
    }
}
