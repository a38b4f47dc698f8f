import LoginEmulator
import PhoneAuth
import PhoneLoginRuntime

extension DemoEmulator {
    /// A service source for demo mode: the emulator starts in the background and the client is pointed at it
    /// (a call made before it listens waits for it); every SMS it sends goes to `onSMS`.
    func services(_ configuration: AuthClientConfiguration, project: String, codeLifetime: Int,
                 onSMS: @escaping @Sendable (SMSMessage) -> Void) -> ServiceSource {
        ServiceSource { [self] in
            let emulator = try await start(codeLifetime: codeLifetime, onSMS: onSMS)
            var pointed = configuration
            (pointed.baseURL, pointed.projectID) = (emulator.baseURL, project)
            return try AuthClient(configuration: pointed)
        }
    }
}
