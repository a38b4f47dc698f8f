import Foundation
import PhoneAuthModel

/// The OAuth 2.0 calls: the phone request and confirm under `/oauth2/login/phone/*`, the token endpoint's two grants,
/// logout and the current user.
extension AuthClient {
    /// `POST /oauth2/login/phone/request`: sends the SMS with a fresh random `state`, remembered for the confirm.
    func startOAuth(phone: PhoneNumber, options: StartAuthOptions, settings: OAuthSettings) async throws(AuthError) -> String {
        let state = OAuthSettings.randomState()
        let query: [(String, String?)] = [
            ("response_type", "code"), ("client_id", String(settings.clientID)), ("scope", settings.scope),
            ("state", state), ("redirect_uri", settings.redirectURI),
        ]
        let body = StartAuthBody(phoneNumber: phone.e164, sendLink: options.sendsLink ? true : nil, linkURL: options.linkURL)
        let response = try await send(.oauthStartAuth, method: .POST, query: query, body: .json(encoding: body),
                                      timeout: configuration.requestTimeout, as: StartAuthResponse.self, phone: phone)
        remember(state: state, for: response.operationID)
        return response.operationID
    }

    /// `POST /oauth2/login/phone/confirm`, then the `code` from `login_url` exchanged at `/oauth2/token`.
    func completeOAuth(phone: PhoneNumber, operationID: String, code: String, settings: OAuthSettings) async throws(AuthError) -> LoginResult {
        let body = CompleteAuthBody(code: code, operationID: operationID, phoneNumber: phone.e164)
        let response = try await send(.oauthCompleteAuth, method: .POST, query: [("client_id", String(settings.clientID))],
                                      body: .json(encoding: body), timeout: configuration.requestTimeout,
                                      as: CompleteAuthResponse.self, phone: phone)
        let redirect = try OAuthRedirect.parse(response.loginURL)
        // RFC 6749 §4.1.2: a state sent must come back unchanged with the code; a missing one is as wrong as another
        // one. The `token=` fallback may come without one (Xsolla's own example of it has none), never with another.
        if let sent = state(for: operationID) {
            switch redirect {
            case .code(_, let returned) where returned != sent: throw .stateMismatch
            case .token(_, let returned?) where returned != sent: throw .stateMismatch
            default: break
            }
        }
        switch redirect {
        case .error(let code, let description):
            throw .server(ServerError(status: 200, code: code, description: description))
        case .token(let token, _):
            var result = try await LoginResult.parse(loginURL: response.loginURL)
            result.token = token
            result.mode = .oauth2
            result.signatureVerified = try await checkSignature(of: token, claims: result.claims)
            return result
        case .code(let authorizationCode, _):
            let form = OAuthTokenForm.authorizationCode(clientID: settings.clientID, code: authorizationCode, redirectURI: settings.redirectURI)
            let answer = try await token(form)
            states.withLock { _ = $0.removeValue(forKey: operationID) }
            return try await checked(LoginResult.oauth(loginURL: response.loginURL, answer: answer))
        }
    }

    /// `POST /oauth2/token` with `grant_type=refresh_token`: a new access token and the rotated refresh token.
    /// The refresh token given is spent: keep the one returned.
    public func refresh(refreshToken: String) async throws(AuthError) -> LoginResult {
        guard let settings = configuration.oauth else { throw .configuration(.missingClientID) }
        let form = OAuthTokenForm.refreshToken(clientID: settings.clientID, refreshToken: refreshToken, redirectURI: settings.redirectURI)
        let answer = try await token(form)
        return try await checked(LoginResult.oauth(loginURL: "", answer: answer))
    }

    /// `GET /oauth2/logout?sessions=…` with the access token: 204 when done.
    public func logout(accessToken: String, sessions: OAuthLogoutScope = .all) async throws(AuthError) {
        _ = try await send(.oauthLogout, method: .GET, query: [("sessions", sessions.rawValue)], body: .none, bearer: accessToken,
                           timeout: configuration.requestTimeout, as: EmptyAnswer.self, expecting: 204, phone: nil)
    }

    /// `GET /users/me` with a token (an access token or a JWT-mode user token).
    public func currentUser(token: String) async throws(AuthError) -> CurrentUser {
        try await send(.currentUser, method: .GET, query: [], body: .none, bearer: token,
                       timeout: configuration.requestTimeout, as: CurrentUser.self, phone: nil)
    }

    /// The `state` sent with the request that started `operationID`, when this client (or `remember`) knows it.
    public func state(for operationID: String) -> String? {
        states.withLock { $0[operationID] }
    }

    /// Records the `state` of a request made elsewhere (`phone-login request`, then `confirm --state`).
    public func remember(state: String, for operationID: String) {
        states.withLock { $0[operationID] = state }
    }

    /// `result` with its token's signature checked (`checkSignature(of:claims:)`).
    func checked(_ result: LoginResult) async throws(AuthError) -> LoginResult {
        var result = result
        result.signatureVerified = try await checkSignature(of: result.token, claims: result.claims)
        return result
    }

    /// One call to the token endpoint.
    func token(_ form: OAuthTokenForm) async throws(AuthError) -> OAuthTokenResponse {
        try await send(.oauthToken, method: .POST, query: [], body: .form(fields: form.fields),
                       timeout: configuration.requestTimeout, as: OAuthTokenResponse.self, phone: nil)
    }
}
