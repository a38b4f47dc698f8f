/// One fault the emulator injects into the next `count` answers of one path: the body of `POST /emulator/faults`
/// and the parsed form of `phone-login emulator --fault`.
public struct InjectedFault: Codable, Hashable, Sendable {
    /// The exact request path it applies to, under `/api/` (e.g. `/api/login/phone/confirm`); any method, no query.
    public var path: String
    /// What it does.
    public var kind: FaultKind
    /// How many matching requests it still hits (one is used up per request).
    public var count: Int
    /// `delay`: seconds to wait; `drip`: seconds between two bytes.
    public var seconds: Double?
    /// The status of the answer (`status`: 500 by default; `malformed`, `truncate`, `drip`, `huge`: 200 by default).
    public var status: Int?
    /// `status`: the body to send (Xsolla's error body naming the fault by default).
    public var body: String?
    /// `huge`: the body's size in bytes.
    public var bytes: Int?
    /// Before or after the emulator handles the request.
    public var stage: FaultStage

    /// The longest delay or drip interval accepted, in seconds.
    package static let maximumSeconds = 600.0
    /// The largest `huge` body accepted.
    package static let maximumBytes = 256 * 1024 * 1024

    /// Creates a fault.
    public init(path: String, kind: FaultKind, count: Int = 1, seconds: Double? = nil, status: Int? = nil, body: String? = nil,
                bytes: Int? = nil, stage: FaultStage = .before) {
        self.path = path
        self.kind = kind
        self.count = count
        self.seconds = seconds
        self.status = status
        self.body = body
        self.bytes = bytes
        self.stage = stage
    }

    /// Decodes a fault; `count` defaults to 1 and `stage` to `before`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        kind = try container.decode(FaultKind.self, forKey: .kind)
        count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 1
        seconds = try container.decodeIfPresent(Double.self, forKey: .seconds)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        bytes = try container.decodeIfPresent(Int.self, forKey: .bytes)
        stage = try container.decodeIfPresent(FaultStage.self, forKey: .stage) ?? .before
    }

    /// The reason this fault cannot be injected, or nil when it can.
    package var problem: String? {
        if !path.hasPrefix("/api/") || path.firstRange(of: "?") != nil { return "path must be an API path such as /api/login/phone/confirm, without a query" }
        if count < 1 { return "count must be at least 1" }
        if let seconds, !(seconds >= 0 && seconds <= Self.maximumSeconds) { return "seconds must be 0–\(Int(Self.maximumSeconds))" }
        if let status, !(200...599).contains(status) { return "status must be 200–599" }
        if let bytes, !(1...Self.maximumBytes).contains(bytes) { return "bytes must be 1–\(Self.maximumBytes)" }
        if kind == .delay, seconds == nil { return "delay needs seconds" }
        return nil
    }

    /// `delay` and `drip`: the wait, with the documented default.
    var interval: Duration {
        .milliseconds(Int64((seconds ?? (kind == .drip ? 0.5 : 0)) * 1000))
    }
}
