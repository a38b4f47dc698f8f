import Foundation
import Hummingbird
import PhoneAuth

extension EmulatorServer {
    /// The path of the project keys call under `/api`, as the Go SDK fetches it.
    static let projectKeysPath = "/projects/:projectId/keys"

    /// `GET /api/projects/{projectId}/keys`: the public keys an RS256 project's tokens verify with, in Xsolla's shape
    /// (`n` and `e` in hex); an HS256 emulator has none to publish and answers `[]`.
    func addKeyRoutes(to api: RouterGroup<EmulatorRequestContext>, issuer: TokenIssuer) {
        api.get(RouterPath(Self.projectKeysPath)) { _, context in
            let text = try context.parameters.require("projectId")
            guard let uuid = UUID(uuidString: text) else { throw EmulatorRejection.invalidPath("projectId", expected: "uuid: \"\(RequestReading.clip(text))\"") }
            if let allowed = self.configuration.projectIDs, !allowed.contains(uuid.uuidString.lowercased()) {
                throw EmulatorRejection.projectNotFound
            }
            return JSONAnswer(value: issuer.publicKeys)
        }
    }
}
