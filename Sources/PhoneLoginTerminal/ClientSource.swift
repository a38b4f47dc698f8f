import PhoneAuth
import Synchronization

/// The client the app calls through, prepared once the app asks for it: the full screen begins the preparation after
/// its first frame (building an HTTP client, or starting demo mode's emulator, would otherwise compete with that
/// frame for the CPU), and a call made before it is ready waits for it (the spinner turns meanwhile). Once made, the
/// client's answer path is warmed (`LoginResult.warmUp()`) while the person types.
public final class ClientSource: Sendable {
    private let prepare: @Sendable () async throws -> AuthClient
    private let preparation = Mutex<Task<AuthClient, any Error>?>(nil)

    /// A client that `prepare` makes when `begin()` is called, or at the first call that needs it.
    public init(preparing prepare: @escaping @Sendable () async throws -> AuthClient) {
        self.prepare = prepare
    }

    /// Starts the preparation in the background, once; later calls do nothing.
    public func begin() {
        _ = task()
    }

    /// The client, once ready; a failed preparation is an `AuthError` (as it is, or as a transport failure).
    public func client() async throws(AuthError) -> AuthClient {
        do {
            return try await task().value
        } catch let error as AuthError {
            throw error
        } catch {
            throw .transport(.other("the local server could not start: \(error)"))
        }
    }

    /// Shuts the client down, once its preparation is over (nothing to do if it never began).
    public func shutdown() async {
        guard let started = preparation.withLock({ $0 }) else { return }
        await (try? started.value)?.shutdown()
    }

    private func task() -> Task<AuthClient, any Error> {
        let prepare = self.prepare
        return preparation.withLock { preparation in
            if let preparation { return preparation }
            let started = Task {
                let client = try await prepare()
                // The answer path's one-time runtime work, done before anyone presses Enter on a code.
                await LoginResult.warmUp()
                return client
            }
            preparation = started
            return started
        }
    }
}
