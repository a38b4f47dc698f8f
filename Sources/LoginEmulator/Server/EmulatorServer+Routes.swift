import Foundation
import Hummingbird
import PhoneAuth

extension EmulatorServer {
    /// The router: the Login API under `/api`, the tester's endpoints under `/emulator`.
    func makeRouter(issuer: TokenIssuer) -> Router<EmulatorRequestContext> {
        let router = Router(context: EmulatorRequestContext.self)
        router.add(middleware: FaultMiddleware(book: faults, bodyLimit: configuration.maximumBodyBytes))
        router.add(middleware: XsollaErrorMiddleware())
        let api = router.group("api")
        api.post(RouterPath(LoginEndpoint.startAuth.path)) { request, context in try await self.startAuth(request, context) }
        api.post(RouterPath(LoginEndpoint.completeAuth.path)) { request, context in try await self.completeAuth(request, context, issuer: issuer) }
        api.get(RouterPath(LoginEndpoint.confirmationCode.path)) { request, _ in try await self.confirmationCode(request) }
        api.post(RouterPath(LoginEndpoint.validateToken.path)) { request, _ in try await self.validateToken(request, issuer: issuer) }
        addOAuthRoutes(to: api, issuer: issuer)
        addKeyRoutes(to: api, issuer: issuer)

        let tester = router.group("emulator")
        tester.get("sms") { request, _ in
            let phone = RequestReading.optionalQuery(request, "phone_number")
            return JSONAnswer(value: await self.store.messages(to: phone))
        }
        tester.delete("sms") { _, _ in
            await self.store.clearOutbox()
            return Response(status: .noContent)
        }
        tester.get("link/:token") { _, context in
            let token = try context.parameters.require("token")
            guard await self.store.followLink(token) else { throw EmulatorRejection.objectNotFound }
            return Self.text(.ok, "Login confirmed. Return to the app: it completes the login by itself.\n")
        }
        tester.get("callback") { _, _ in
            Self.text(.ok, "Signed in. This is the emulator's default callback (login_url); the token is in this page's URL.\n")
        }
        tester.get("health") { _, _ in
            JSONAnswer(value: ["status": "ok", "code_lifetime_seconds": "\(self.configuration.codeLifetime.components.seconds)",
                               "code_length": "\(self.configuration.codeLength)"])
        }
        addAdminRoutes(to: tester)
        return router
    }

    /// `POST /api/login/phone/request`.
    func startAuth(_ request: Request, _ context: EmulatorRequestContext) async throws -> JSONAnswer<StartAuthResponse> {
        let projectID = try RequestReading.projectID(request, allowed: configuration.projectIDs)
        if let logout = RequestReading.optionalQuery(request, "with_logout"), !["0", "1"].contains(logout) {
            throw EmulatorRejection.queryNotAllowed("with_logout", allowed: ["0", "1"])
        }
        let loginURL = RequestReading.optionalQuery(request, "login_url").flatMap { $0.isEmpty ? nil : $0 }
        if let loginURL, !RequestReading.isAbsoluteURL(loginURL) { throw EmulatorRejection.invalidQuery("login_url", expected: "uri") }
        let payload = RequestReading.optionalQuery(request, "payload")
        return try await sendCode(request, context, projectID: projectID, loginURL: loginURL, payload: payload, oauth: nil)
    }

    /// The body and the sending of both start calls (JWT and OAuth 2.0): checks, limits, test numbers, the SMS.
    func sendCode(_ request: Request, _ context: EmulatorRequestContext, projectID: String, loginURL: String?, payload: String?,
                  oauth: OAuthRequest?) async throws -> JSONAnswer<StartAuthResponse> {
        let body = try await RequestReading.body(request, as: StartAuthBody.self, limit: configuration.maximumBodyBytes)
        guard let phone = body.phoneNumber else { throw EmulatorRejection.missingField("phone_number") }
        guard PhoneNumber.isValid(phone) else { throw EmulatorRejection.phonePattern() }
        let sendLink = body.sendLink ?? false
        if sendLink {
            guard let link = body.linkURL, !link.isEmpty else { throw EmulatorRejection.missingField("link_url") }
            guard RequestReading.isAbsoluteURL(link) else { throw EmulatorRejection.invalidField("link_url", expected: "uri") }
        }
        if configuration.testNumbersEnabled, let rejection = TestNumber.rejection(for: phone) { throw rejection }
        try await admitAddress(context)

        let message = try await store.start(phone: phone, projectID: projectID, loginURL: loginURL, payload: payload,
                                            sendLink: sendLink, linkBase: Self.root(of: request, fallback: configuration), oauth: oauth)
        onSMS(message)
        logger.debug("code sent", metadata: ["phone": "\(PhoneNumber(validating: phone).map { $0.masked() } ?? "?")"])
        return JSONAnswer(value: StartAuthResponse(operationID: message.operationID))
    }

    /// `POST /api/login/phone/confirm`.
    func completeAuth(_ request: Request, _ context: EmulatorRequestContext, issuer: TokenIssuer) async throws -> JSONAnswer<CompleteAuthResponse> {
        let projectID = try RequestReading.projectID(request, allowed: configuration.projectIDs)
        let confirmation = try await confirm(request, context, caller: .project(projectID))
        let token = try await issuer.token(phone: confirmation.phone, projectID: confirmation.projectID, payload: confirmation.payload)
        let callback = confirmation.loginURL ?? configuration.defaultLoginURL
            ?? Self.root(of: request, fallback: configuration) + "/emulator/callback"
        return JSONAnswer(value: CompleteAuthResponse(loginURL: Self.appending([("token", token), ("remember_me", "false")], to: callback)))
    }

    /// The body and the code check of both confirm calls (JWT and OAuth 2.0), for the operations of `caller`.
    func confirm(_ request: Request, _ context: EmulatorRequestContext, caller: OperationCaller) async throws -> EmulatorStore.Confirmation {
        let body = try await RequestReading.body(request, as: CompleteAuthBody.self, limit: configuration.maximumBodyBytes)
        guard let code = body.code else { throw EmulatorRejection.missingField("code") }
        guard let operationID = body.operationID else { throw EmulatorRejection.missingField("operation_id") }
        guard let phone = body.phoneNumber else { throw EmulatorRejection.missingField("phone_number") }
        guard PhoneNumber.isValid(phone) else { throw EmulatorRejection.phonePattern() }
        try await admitAddress(context)
        return try await store.confirm(phone: phone, operationID: operationID, code: code, caller: caller)
    }

    /// `url` with `items` added to its query (`?` or `&`, whichever it needs).
    static func appending(_ items: [(String, String?)], to url: String) -> String {
        url + (url.contains("?") ? "&" : "?") + QueryString.encode(items)
    }

    /// `GET /api/otc/code`: the long poll of the link flow.
    func confirmationCode(_ request: Request) async throws -> JSONAnswer<ConfirmationCodeResponse> {
        let projectID = try RequestReading.projectID(request, allowed: configuration.projectIDs)
        let login = try RequestReading.requiredQuery(request, "login")
        guard PhoneNumber.isValid(login) else { throw EmulatorRejection.phonePattern(field: "login in query") }
        let operationID = try RequestReading.requiredQuery(request, "operation_id")
        switch await store.waitForLink(operationID: operationID, phone: login, projectID: projectID, timeout: configuration.pollTimeout) {
        case .code(let code): return JSONAnswer(value: ConfirmationCodeResponse(code: code))
        case .timedOut: throw EmulatorRejection.deadlineExceeded
        case .gone: throw EmulatorRejection.objectNotFound
        case .shuttingDown: throw EmulatorRejection.shuttingDown
        }
    }

    /// `POST /api/token/validate`: 204 for a token this emulator signed and that has not expired.
    func validateToken(_ request: Request, issuer: TokenIssuer) async throws -> Response {
        let body = try await RequestReading.body(request, as: TokenValidationBody.self, limit: configuration.maximumBodyBytes)
        guard let token = body.token else { throw EmulatorRejection.missingField("token") }
        guard await issuer.isValid(token) else { throw EmulatorRejection.invalidToken }
        return Response(status: .noContent)
    }

    /// Applies the per-address limit, when configured.
    private func admitAddress(_ context: EmulatorRequestContext) async throws {
        guard configuration.addressLimit != nil else { return }
        try await store.admitAddress(context.remoteAddress?.ipAddress ?? "unknown")
    }

    /// The root URL the client used (from the Host header), for links and the default callback.
    static func root(of request: Request, fallback configuration: EmulatorConfiguration) -> String {
        if let authority = request.head.authority, !authority.isEmpty { return "http://\(authority)" }
        return "http://\(configuration.host):\(configuration.port)"
    }

    /// A plain-text response.
    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
