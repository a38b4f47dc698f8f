/// What an injected fault does to an answer on the wire.
public enum FaultKind: String, Codable, CaseIterable, Sendable {
    /// Waits `seconds` before the answer (the request is then handled as usual).
    case delay
    /// Answers `status` (500 by default) with `body` (Xsolla's error body naming the fault by default).
    case status
    /// Answers 200 (or `status`) with a JSON body that is cut off mid-value.
    case malformed
    /// Promises the whole body in `Content-Length`, sends half of it, then closes the connection.
    case truncate
    /// Resets the connection (TCP RST) without sending a byte of an answer.
    case reset
    /// Sends the head at once, then the body one byte every `seconds` (0.5 s by default).
    case drip
    /// Answers 200 (or `status`) with a valid JSON body of `bytes` bytes (1 MiB by default).
    case huge
}
