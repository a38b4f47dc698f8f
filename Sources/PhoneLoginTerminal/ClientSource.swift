import PhoneAuth

/// The client the full-screen app calls through, possibly still being prepared: demo mode starts its emulator
/// after the first frame, and a call made before it is ready waits for it (the spinner turns meanwhile).
public final class ClientSource: Sendable {
    private let preparation: Task<AuthClient, any Error>

    /// A client being prepared by `prepare`, which starts at once in the background.
    public init(preparing prepare: @escaping @Sendable () async throws -> AuthClient) {
        preparation = Task { try await prepare() }
    }

    /// A client that is ready.
    public init(ready client: AuthClient) {
        preparation = Task { client }
    }

    /// The client, once ready; a failed preparation is an `AuthError` (as it is, or as a transport failure).
    public func client() async throws(AuthError) -> AuthClient {
        do {
            return try await preparation.value
        } catch let error as AuthError {
            throw error
        } catch {
            throw .transport(.other("the local server could not start: \(error)"))
        }
    }

    /// Shuts the client down, once its preparation is over.
    public func shutdown() async {
        await (try? preparation.value)?.shutdown()
    }
}
