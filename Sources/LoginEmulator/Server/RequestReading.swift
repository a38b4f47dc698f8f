import Foundation
import Hummingbird
import PhoneAuth

/// Reading query parameters and JSON bodies with Xsolla's validation wording.
enum RequestReading {
    /// A required query parameter.
    static func requiredQuery(_ request: Request, _ name: String) throws(EmulatorRejection) -> String {
        guard let value = optionalQuery(request, name), !value.isEmpty else { throw .missingQuery(name) }
        return value
    }

    /// An optional query parameter (the first, when it is given twice), read as a form: `+` is a space and `%XX` a
    /// byte (RFC 6749 Appendix B; HTML's application/x-www-form-urlencoded), so `state=a+b` is `a b` and `%2B` a `+`.
    static func optionalQuery(_ request: Request, _ name: String) -> String? {
        guard let query = request.uri.query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard formDecoded(parts[0]) == name else { continue }
            return parts.count > 1 ? formDecoded(parts[1]) : ""
        }
        return nil
    }

    /// One name or value of a form-encoded query: `+` as a space, then percent-decoding (a broken escape is kept).
    static func formDecoded(_ text: Substring) -> String {
        let spaced = String(text).replacing("+", with: " ")
        return PercentEncoding.decode(spaced) ?? spaced
    }

    /// The `projectId` query parameter: present, a UUID, and one of the configured projects when a list is set.
    static func projectID(_ request: Request, allowed: Set<String>?) throws(EmulatorRejection) -> String {
        let text = try requiredQuery(request, "projectId")
        guard let uuid = UUID(uuidString: text) else { throw .invalidQuery("projectId", expected: "uuid: \"\(clip(text))\"") }
        let normalized = uuid.uuidString.lowercased()
        if let allowed, !allowed.contains(normalized) { throw .projectNotFound }
        return normalized
    }

    /// The body decoded as `T`, refusing bodies over `limit` bytes, malformed JSON (400) and mistyped fields (422).
    static func body<T: Decodable>(_ request: Request, as type: T.Type, limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw EmulatorRejection.bodyTooLarge(limit: limit)
        }
        let data = Data(buffer.readableBytesView)
        guard !data.isEmpty else { throw EmulatorRejection.malformedJSON("the body is empty") }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch DecodingError.typeMismatch(let expected, let context) where !context.codingPath.isEmpty {
            throw EmulatorRejection.invalidField(fieldName(context.codingPath), expected: jsonTypeName(expected))
        } catch DecodingError.valueNotFound(let expected, let context) where !context.codingPath.isEmpty {
            throw EmulatorRejection.invalidField(fieldName(context.codingPath), expected: jsonTypeName(expected))
        } catch {
            throw EmulatorRejection.malformedJSON("the body is not a JSON object")
        }
    }

    /// An absolute http(s) URL, or nil.
    static func isAbsoluteURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return ["http", "https"].contains(scheme) && !(components.host ?? "").isEmpty
    }

    /// At most 40 characters of client text, for echoing in a description.
    static func clip(_ text: String) -> String { text.count > 40 ? String(text.prefix(40)) + "…" : text }

    private static func fieldName(_ path: [any CodingKey]) -> String {
        path.map(\.stringValue).joined(separator: ".")
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "boolean"
        case is String.Type: "string"
        case is Int.Type, is Double.Type: "number"
        default: "object"
        }
    }
}
