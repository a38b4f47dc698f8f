import Foundation
import Hummingbird
import PhoneAuth

extension EmulatorServer {
    /// The OAuth 2.0 calls: phone request and confirm, the token endpoint, logout, and the current user.
    func addOAuthRoutes(to api: RouterGroup<EmulatorRequestContext>, issuer: TokenIssuer) {
        api.post(RouterPath(LoginEndpoint.oauthStartAuth.path)) { request, context in try await self.oauthStartAuth(request, context) }
        api.post(RouterPath(LoginEndpoint.oauthCompleteAuth.path)) { request, context in try await self.oauthCompleteAuth(request, context) }
        api.post(RouterPath(LoginEndpoint.oauthToken.path)) { request, _ in try await self.oauthToken(request, issuer: issuer) }
        api.get(RouterPath(LoginEndpoint.oauthLogout.path)) { request, _ in try await self.oauthLogout(request, issuer: issuer) }
        api.get(RouterPath(LoginEndpoint.currentUser.path)) { request, _ in try await self.currentUser(request, issuer: issuer) }
    }

    /// `POST /api/oauth2/login/phone/request`: the JWT call's body and SMS, for an OAuth 2.0 client.
    func oauthStartAuth(_ request: Request, _ context: EmulatorRequestContext) async throws -> JSONAnswer<StartAuthResponse> {
        let oauth = try RequestReading.oauthRequest(request, allowedClients: configuration.oauthClientIDs)
        return try await sendCode(request, context, projectID: oauthProjectID(for: oauth.clientID), loginURL: nil, payload: nil, oauth: oauth)
    }

    /// `POST /api/oauth2/login/phone/confirm`: the code check; `login_url` is the redirect URI with `code` and `state`.
    func oauthCompleteAuth(_ request: Request, _ context: EmulatorRequestContext) async throws -> JSONAnswer<CompleteAuthResponse> {
        let clientID = try RequestReading.clientID(request, allowed: configuration.oauthClientIDs)
        let confirmation = try await confirm(request, context, caller: .oauthClient(clientID))
        guard let oauth = confirmation.oauth else { throw EmulatorRejection.objectNotFound }
        let code = await store.issueAuthorizationCode(phone: confirmation.phone, projectID: confirmation.projectID, request: oauth)
        return JSONAnswer(value: CompleteAuthResponse(loginURL: Self.appending([("code", code), ("state", oauth.state)], to: oauth.redirectURI)))
    }

    /// `POST /api/oauth2/token`: an authorization code or a refresh token (which rotates) for an access token. Every
    /// answer, tokens or error, carries `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1).
    func oauthToken(_ request: Request, issuer: TokenIssuer) async throws -> JSONAnswer<OAuthTokenResponse> {
        do {
            return try await issueTokens(request, issuer: issuer)
        } catch let rejection as EmulatorRejection {
            throw rejection.uncached
        }
    }

    /// The token endpoint's work: the form's checks, the grant redeemed, the tokens issued.
    private func issueTokens(_ request: Request, issuer: TokenIssuer) async throws -> JSONAnswer<OAuthTokenResponse> {
        let form = try await RequestReading.form(request, as: TokenFormFields.self, limit: configuration.maximumBodyBytes)
        let grants = ["authorization_code", "refresh_token"]
        guard let grantType = form.grantType, !grantType.isEmpty else { throw EmulatorRejection.missingFormField("grant_type") }
        guard grants.contains(grantType) else { throw EmulatorRejection.formFieldNotAllowed("grant_type", allowed: grants) }
        guard let clientText = form.clientID, !clientText.isEmpty else { throw EmulatorRejection.missingFormField("client_id") }
        guard let clientID = Int(clientText) else { throw EmulatorRejection.invalidFormField("client_id", expected: "integer") }
        _ = try RequestReading.admitted(clientID, allowed: configuration.oauthClientIDs)
        let grant: OAuthGrant
        if grantType == "authorization_code" {
            guard let code = form.code, !code.isEmpty else { throw EmulatorRejection.missingFormField("code") }
            grant = try await store.redeemAuthorizationCode(code, clientID: clientID, redirectURI: form.redirectURI.flatMap { $0.isEmpty ? nil : $0 })
        } else {
            guard let token = form.refreshToken, !token.isEmpty else { throw EmulatorRejection.missingFormField("refresh_token") }
            grant = try await store.redeemRefreshToken(token, clientID: clientID)
        }
        let (accessToken, claims) = try await issuer.accessToken(for: grant)
        let refreshToken = await store.recordIssue(of: claims, for: grant)
        return JSONAnswer(value: OAuthTokenResponse(accessToken: accessToken, expiresIn: Int(issuer.accessLifetime.components.seconds),
                                                    refreshToken: refreshToken), headers: JSONAnswer<OAuthTokenResponse>.noStore)
    }

    /// `GET /api/oauth2/logout?sessions=sso|all` (Bearer): 204; `all` revokes every token of the user.
    func oauthLogout(_ request: Request, issuer: TokenIssuer) async throws -> Response {
        let sessions = try RequestReading.requiredQuery(request, "sessions")
        guard ["sso", "all"].contains(sessions) else { throw EmulatorRejection.queryNotAllowed("sessions", allowed: ["sso", "all"]) }
        let (claims, _) = try await signedIn(request, issuer: issuer)
        if sessions == "all" { await store.revokeAll(subject: claims.subject) }
        return Response(status: .noContent)
    }

    /// `GET /api/users/me` (Bearer, an OAuth 2.0 access token or a JWT-mode token): the user in Xsolla's fields.
    func currentUser(_ request: Request, issuer: TokenIssuer) async throws -> JSONAnswer<CurrentUser> {
        let (claims, user) = try await signedIn(request, issuer: issuer)
        return JSONAnswer(value: CurrentUser(
            id: claims.subject, phone: user.phone, phoneAuth: String(user.phone.dropFirst()),
            registered: Self.xsollaTimestamp(user.registered), lastLogin: Self.xsollaTimestamp(user.lastLogin), isAnonymous: false,
            groups: [CurrentUserGroup(id: 1, name: "default", isDefault: true, isDeletable: false)]))
    }

    /// The claims of the request's Bearer token and its user: signed here, unexpired, not revoked, of a user who
    /// signed in since the start (or the last reset); else 401 `002-016` with RFC 6750's `error="invalid_token"`.
    private func signedIn(_ request: Request, issuer: TokenIssuer) async throws -> (UserClaims, UserRecord) {
        let token = try RequestReading.bearerToken(request)
        guard let claims = await issuer.verifiedClaims(token), await store.isLive(claims),
              let user = await store.user(subject: claims.subject) else { throw EmulatorRejection.bearerInvalid }
        return (claims, user)
    }

    /// The `xsolla_login_project_id` of a client's tokens: the first configured project, else one derived from the client.
    private func oauthProjectID(for clientID: Int) -> String {
        configuration.projectIDs?.sorted().first ?? TokenIssuer.projectID(forClient: clientID)
    }

    /// A date as Xsolla writes it in `/users/me`: `2018-05-17T11:22:52+0000` (UTC).
    static func xsollaTimestamp(_ date: Date) -> String {
        // By hand from the UTC fields: Foundation's date format styles pull ICU into the static binary.
        let time = UTCTime(date)
        func digits(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(digits(time.year, 4))-\(digits(time.month, 2))-\(digits(time.day, 2))T"
            + "\(digits(time.hour, 2)):\(digits(time.minute, 2)):\(digits(time.second, 2))+0000"
    }
}
