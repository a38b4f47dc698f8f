/// Making and comparing confirmation codes.
enum ConfirmationCode {
    /// `length` random ASCII digits from the system's secure generator.
    static func random(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<max(1, length)).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// Compares two codes in time that depends only on their lengths, not on where they differ.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<b.count {
            difference |= (index < a.count ? a[index] : 0) ^ b[index]
        }
        return difference == 0
    }
}
