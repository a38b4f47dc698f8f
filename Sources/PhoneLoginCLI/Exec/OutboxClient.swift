import AsyncHTTPClient
import Foundation
import LoginEmulator
import NIOCore
import PhoneAuth

/// Reads a running emulator's SMS outbox (`GET <root>/sms`) for `emulator code` and `emulator sms`.
struct OutboxClient: Sendable {
    /// The emulator's tester root, e.g. `http://127.0.0.1:8480/emulator`, without a trailing slash.
    let root: String

    /// Where `--url` points when not given: `$PHONE_LOGIN_EMULATOR_URL` (set by `emulator exec`), else the default server.
    static let defaultRoot = "http://127.0.0.1:\(EmulatorOptions.serverPort)/emulator"

    /// The root from `--url`, else the environment, else the default; plain http only to this machine unless `insecure`.
    init(url: String?, insecure: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandFailure) {
        var text = url ?? environment["PHONE_LOGIN_EMULATOR_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultRoot
        while text.hasSuffix("/") { text.removeLast() }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else { throw CommandFailure("Not an emulator URL: \(text) (expected e.g. \(Self.defaultRoot)).", status: .usage) }
        if scheme == "http", !insecure, !AuthClientConfiguration.isLoopback(host: host) {
            throw CommandFailure("Refusing plain http:// to \(host), which is not this machine: use https, or --insecure.", status: .usage)
        }
        root = text
    }

    /// The outbox, oldest first, optionally only the messages to `phone` (E.164), and the JSON it came as.
    func messages(to phone: String? = nil) async throws(CommandFailure) -> (messages: [SMSMessage], json: Data) {
        var url = root + "/sms"
        if let phone { url += "?phone_number=" + PercentEncoding.keepingAlphanumerics(phone) }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let data: Data
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 256 * 1024 * 1024)
            guard response.status == .ok else {
                throw CommandFailure("The emulator at \(root) answered HTTP \(response.status.code) for its outbox: is that the /emulator root of phone-login emulator?",
                                     status: .badResponse)
            }
            data = Data(body.readableBytesView)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            guard let failure = TransportFailure.classify(error) else {
                throw CommandFailure("Cannot reach the emulator at \(root): \(error).", status: .network)
            }
            throw CommandFailure("\(ErrorWording.message(for: AuthError.transport(failure))) (the emulator at \(root))", status: .network)
        }
        do {
            return (try JSONDecoder().decode([SMSMessage].self, from: data), data)
        } catch {
            throw CommandFailure("The emulator at \(root) sent an outbox that is not a list of SMS messages.", status: .badResponse)
        }
    }
}
