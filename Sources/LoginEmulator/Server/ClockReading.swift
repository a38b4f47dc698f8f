/// The answer of `GET` and `POST /emulator/clock`.
struct ClockReading: Encodable, Sendable {
    /// The emulator's now, ISO 8601 in UTC with milliseconds.
    let now: String
    /// How far ahead of the real time it runs, in seconds.
    let offsetSeconds: Double

    enum CodingKeys: String, CodingKey { case now, offsetSeconds = "offset_seconds" }
}
