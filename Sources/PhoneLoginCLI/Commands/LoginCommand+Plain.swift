import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginTerminal

extension LoginCommand {
    /// The accessible plain mode: the same flow, client, options, `--output` and exit codes as the full screen,
    /// as line prompts on stderr answered on stdin (a terminal, or a pipe).
    func runPlain() async throws {
        let environment = ProcessInfo.processInfo.environment
        let demo = (server.projectId ?? environment["XSOLLA_LOGIN_PROJECT_ID"] ?? "").isEmpty
        let configuration = try server.clientConfiguration()
        let settings = FlowSettings(codeLifetime: .seconds(codeLifetime), resendCooldown: .seconds(resendCooldown),
                                    minimumCodeLength: codeLength, linkFlow: start.sendLink, demo: demo)
        let demoEmulator = DemoEmulator()
        let tapLink: (@Sendable (String) async -> Void)? = demo ? { @Sendable operationID in await demoEmulator.tapLink(of: operationID) } : nil
        let prompts = PlainLogin(configuration: PlainConfiguration(
            settings: settings, startOptions: try start.startAuthOptions(defaultLinkURL: Self.defaultLinkURL), tapLink: tapLink))
        let clients: ClientSource
        if demo {
            clients = demoEmulator.clients(configuration, project: Self.demoProject, codeLifetime: codeLifetime) { message in
                prompts.smsArrived(to: message.phoneNumber, text: message.text)
            }
        } else {
            do { clients = ClientSource(ready: try AuthClient(configuration: configuration)) } catch { throw CommandFailure(error) }
        }
        let outcome = await prompts.run { () async throws(AuthError) in try await clients.client() }
        await clients.shutdown()
        await demoEmulator.stop()
        switch outcome {
        case .finished(.success(let result)):
            try saving.save(result)
            output.print(result)
        case .finished(.cancelled): throw CommandFailure("Cancelled.", status: .cancelled)
        case .finished(.interrupted): throw CommandFailure("Interrupted.", status: .interrupted)
        case .signalled(let number):
            throw number == SIGHUP ? CommandFailure("Hung up.", status: .hungUp) : CommandFailure("Terminated.", status: .terminated)
        case .endOfInput(let standing): throw CommandFailure(endOfInput: standing)
        }
    }
}

extension CommandFailure {
    /// Why the plain mode stopped at the end of its input: the problem still standing decides the exit code
    /// (a wrong code 3, an expired code 4, a rate limit 5, an unreachable server 6, …), else it was cancelled (1).
    init(endOfInput standing: FlowNotice?) {
        switch standing {
        case .failed(let error)?: self.init(error)
        case .invalidPhone(let rejection)?: self.init(.invalidPhone(rejection))
        case .codeExpired?: self.init(PlainWording.expiredAtEnd, status: .operationNotFound)
        default: self.init(PlainWording.endOfInput, status: .cancelled)
        }
    }
}
