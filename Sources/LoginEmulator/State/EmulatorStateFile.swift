import Foundation
import PhoneAuth

/// Reads and writes `EmulatorState` files: JSON, checked before use (a newer version or a damaged file is refused and
/// left untouched), written with `PrivateFile` (0600, a link refused, replaced atomically).
public enum EmulatorStateFile {
    /// The largest state file read (a guard against reading something that is not one).
    static let maximumBytes = 256 * 1024 * 1024

    /// The state as JSON: keys sorted, dates in ISO 8601, indented for reading.
    public static func encode(_ state: EmulatorState) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Only strings, numbers, arrays and dates: encoding cannot fail.
        return (try? encoder.encode(state)) ?? Data()
    }

    /// The state in `data`, checked: the format's name, a version this build reads, every field.
    public static func decode(_ data: Data, path: String) throws(EmulatorStateError) -> EmulatorState {
        struct Header: Decodable { let format: String?; let version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .corrupt(path: path, reason: "not a JSON object")
        }
        guard header.format == EmulatorState.formatName else {
            throw .corrupt(path: path, reason: "\"format\" is not \"\(EmulatorState.formatName)\"")
        }
        guard let version = header.version, version >= 1 else { throw .corrupt(path: path, reason: "no valid \"version\"") }
        guard version <= EmulatorState.currentVersion else { throw .newerVersion(path: path, version: version) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(EmulatorState.self, from: data)
        } catch let error as DecodingError {
            throw .corrupt(path: path, reason: Self.describe(error))
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    /// Reads and checks the state file at `path`; never changes it.
    public static func read(_ path: String) throws(EmulatorStateError) -> EmulatorState {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes + 1) ?? Data() } catch { throw .unreadable(path: path, reason: "\(error)") }
        guard data.count <= maximumBytes else { throw .corrupt(path: path, reason: "larger than \(maximumBytes / 1024 / 1024) MiB") }
        return try decode(data, path: path)
    }

    /// Writes `state` to `path` with the one private-file writer: 0600, a symbolic link refused, replaced atomically
    /// (a temporary file beside it, synced, renamed over it, the folder synced).
    public static func write(_ state: EmulatorState, to path: String) throws(EmulatorStateError) {
        do throws(PrivateFileError) { try PrivateFile.replace(path, with: encode(state)) } catch { throw .unwritable(path: path, reason: error.reason) }
    }

    /// A decoding error in words: what is wrong and where.
    static func describe(_ error: DecodingError) -> String {
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "" : " at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\"\(key.stringValue)\" is missing\(at(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription.trimming { $0 == "." })\(at(context))"
        @unknown default: return "\(error)"
        }
    }
}
