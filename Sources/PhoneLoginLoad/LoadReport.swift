/// The figures of one run at one concurrency level.
struct LoadReport: Sendable {
    let clients: Int
    let seconds: Double
    let logins: Int
    let errors: Int
    let firstError: String?
    let latencies: LatencySamples

    /// Completed logins (start + confirm pairs) per second.
    var loginsPerSecond: Double { Double(logins) / seconds }

    /// The report as one JSON object on one line.
    var jsonLine: String {
        func number(_ value: Double) -> String { String(format: "%.3f", value) }
        var fields = [
            "\"clients\":\(clients)", "\"seconds\":\(number(seconds))", "\"logins\":\(logins)",
            "\"logins_per_second\":\(number(loginsPerSecond))", "\"requests\":\(latencies.count)",
            "\"p50_ms\":\(number(latencies.percentile(50) * 1_000))", "\"p99_ms\":\(number(latencies.percentile(99) * 1_000))",
            "\"errors\":\(errors)",
        ]
        if let firstError {
            let escaped = firstError.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            fields.append("\"first_error\":\"\(escaped)\"")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
