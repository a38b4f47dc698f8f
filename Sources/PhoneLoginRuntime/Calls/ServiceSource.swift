import PhoneAuthModel
import Synchronization

/// The service the flow's calls go to, prepared once the runtime asks for it: the full screen begins the preparation
/// after its first frame (building an HTTP client, or starting demo mode's emulator, would otherwise compete with that
/// frame for the CPU), and a call made before it is ready waits for it (the spinner turns meanwhile). Once made, the
/// service's `prepare()` does its one-time work while the person types.
public final class ServiceSource: Sendable {
    private let make: @Sendable () async throws -> any LoginService
    private let preparation = Mutex<Task<any LoginService, any Error>?>(nil)

    /// A service that `make` makes when `begin()` is called, or at the first call that needs it.
    public init(preparing make: @escaping @Sendable () async throws -> any LoginService) {
        self.make = make
    }

    /// Starts the preparation in the background, once; later calls do nothing.
    public func begin() {
        _ = task()
    }

    /// The service, once ready; a failed preparation is an `AuthError` (as it is, or as a transport failure).
    public func service() async throws(AuthError) -> any LoginService {
        do {
            return try await task().value
        } catch let error as AuthError {
            throw error
        } catch {
            throw .transport(.other("the local server could not start: \(error)"))
        }
    }

    /// Shuts the service down, once its preparation is over (nothing to do if it never began).
    public func shutdown() async {
        guard let started = preparation.withLock({ $0 }) else { return }
        await (try? started.value)?.shutdown()
    }

    private func task() -> Task<any LoginService, any Error> {
        let make = self.make
        return preparation.withLock { preparation in
            if let preparation { return preparation }
            let started = Task {
                let service = try await make()
                // The answer path's one-time work, done before anyone presses Enter on a code.
                await service.prepare()
                return service
            }
            preparation = started
            return started
        }
    }
}
