import PhoneAuthModel
/// The body of a 204 answer: nothing to decode.
struct EmptyAnswer: BodilessAnswer {
    init() {}
    init(from decoder: any Decoder) throws {}
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// The duration in whole milliseconds.
    var milliseconds: Int64 { nanoseconds / 1_000_000 }
}
