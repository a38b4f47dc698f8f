import PhoneAuth
import PhoneLoginRuntime
import PhoneLoginTerminal

extension LoginCommand {
    /// Runs a front-end, then ends the same way for all three: the service shut down, the demo's emulator stopped, a
    /// failure to start worded as a command failure, the outcome mapped to the login or the exit code; a login is
    /// saved (`--save-token`), remembered (not in the kiosk or the demo, not with `--no-store`) and returned.
    func signIn(services: ServiceSource, demoEmulator: DemoEmulator, language: Language = .english, _ body: () async throws -> RunOutcome) async throws -> LoginResult? {
        let outcome: Result<RunOutcome, any Error>
        do {
            outcome = .success(try await body())
        } catch {
            outcome = .failure(error)
        }
        await services.shutdown()
        await demoEmulator.stop()
        let login: LoginResult?
        do {
            login = try outcome.get().login(in: language)
        } catch let error as AuthError {
            throw CommandFailure(error, in: language)
        } catch let error as TerminalError {
            throw CommandFailure(error, in: language)
        }
        guard let login else { return nil }
        try saving.save(login, in: language)
        if !kiosk.kiosk, !isDemo { await sessions.record(login, configuration: try server.clientConfiguration(), language: language) }
        return login
    }
}
