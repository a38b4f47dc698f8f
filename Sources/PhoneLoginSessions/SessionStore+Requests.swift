import Foundation

/// The OAuth 2.0 requests waiting for their `confirm` (`requests.json`, 0600, beside the sessions, under the same
/// lock): remembered by `request`, looked up by `confirm`, forgotten once used or expired.
extension SessionStore {
    /// The file of pending requests.
    public var requestsPath: String { directory + "/requests.json" }

    /// Remembers `request` (replacing one with the same operation id), forgetting the expired ones.
    public func remember(_ request: PendingRequest, now: Date = Date()) async throws {
        try await withLock {
            var file = try readRequests()
            file.requests.removeAll { $0.operationID == request.operationID || $0.expiresAt <= now }
            file.requests.append(request)
            try writeRequests(file)
        }
    }

    /// The state remembered for `operationID`, if it has not expired.
    public func pendingState(for operationID: String, now: Date = Date()) throws(SessionStoreError) -> String? {
        try readRequests().requests.last { $0.operationID == operationID && $0.expiresAt > now }?.state
    }

    /// Forgets the request of `operationID` and every expired one; true when it was there.
    @discardableResult
    public func forgetRequest(_ operationID: String, now: Date = Date()) async throws -> Bool {
        try await withLock {
            var file = try readRequests()
            let before = file.requests.count
            let known = file.requests.contains { $0.operationID == operationID }
            file.requests.removeAll { $0.operationID == operationID || $0.expiresAt <= now }
            if file.requests.count != before { try writeRequests(file) }
            return known
        }
    }

    /// The pending requests; none when there is no file yet.
    func readRequests() throws(SessionStoreError) -> PendingRequestFile {
        let empty = PendingRequestFile(version: PendingRequestFile.currentVersion, requests: [])
        guard let data = try readPrivateFile(requestsPath) else { return empty }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let file = try? decoder.decode(PendingRequestFile.self, from: data) else {
            throw .corrupt(path: requestsPath, reason: data.isEmpty ? "it is empty" : "it is not the JSON this version writes")
        }
        guard file.version == PendingRequestFile.currentVersion else {
            throw .corrupt(path: requestsPath, reason: "it is format version \(file.version); this phone-login reads \(PendingRequestFile.currentVersion)")
        }
        return file
    }

    /// Writes the pending requests (0600, atomically); removes the file when none is left.
    func writeRequests(_ file: PendingRequestFile) throws(SessionStoreError) {
        if file.requests.isEmpty {
            unlink(requestsPath)
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(file) else { throw .unreadable(path: requestsPath, reason: "the requests could not be encoded") }
        try writePrivateFile(requestsPath, data)
    }
}
