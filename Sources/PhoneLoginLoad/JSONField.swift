/// Reads one string field out of a small JSON answer without decoding the whole document: the load generator
/// must cost as little CPU as it can, since it shares the machine with the server it measures.
enum JSONField {
    /// The last value of `"name":"…"` in `text` (the outbox lists oldest first), or nil.
    static func lastString(_ name: String, in text: String) -> String? {
        let key = "\"\(name)\":"
        guard let keyRange = text.range(of: key, options: .backwards) else { return nil }
        var rest = text[keyRange.upperBound...].drop(while: { $0 == " " })
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
