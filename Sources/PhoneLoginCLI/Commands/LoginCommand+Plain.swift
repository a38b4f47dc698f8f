import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginTerminal

extension LoginCommand {
    /// The accessible plain mode: the same flow, client, options, `--output` and exit codes as the full screen,
    /// as line prompts on stderr answered on stdin (a terminal, or a pipe).
    func runPlain() async throws {
        let demo = isDemo
        let configuration = try server.clientConfiguration()
        let demoEmulator = DemoEmulator()
        let prompts = PlainLogin(configuration: PlainConfiguration(
            settings: flowSettings(demo: demo), startOptions: try start.startAuthOptions(defaultLinkURL: Self.defaultLinkURL),
            tapLink: tapLink(demo: demo, emulator: demoEmulator)))
        let clients = try clients(configuration, demo: demo, emulator: demoEmulator) { message in
            prompts.smsArrived(to: message.phoneNumber, text: message.text)
        }
        clients.begin()
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
            throw CommandFailure(signal: number)
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
