import PhoneLoginTestSupport

/// What a fuzz run went through, for the test's summary line and the README's figures.
struct FuzzStatistics {
    /// Steps taken (keyboard chunks, quiet moments, answers, time passing).
    var steps = 0
    /// Keyboard chunks fed, by kind.
    var chunks: [KeyChaos.Kind: Int] = [:]
    /// Bytes fed to the decoder.
    var bytes = 0
    /// Keys (and pastes) the decoder produced and the flow handled.
    var keys = 0
    /// Server answers and link arrivals handed to the flow.
    var answers = 0
    /// Frames rendered and checked cell by cell.
    var frames = 0
    /// Logins that reached the success screen.
    var logins = 0
    /// Flows that ended (and were replaced by a fresh one).
    var flowsEnded = 0

    /// Adds another run's figures.
    mutating func add(_ other: FuzzStatistics) {
        steps += other.steps
        bytes += other.bytes
        keys += other.keys
        answers += other.answers
        frames += other.frames
        logins += other.logins
        flowsEnded += other.flowsEnded
        chunks.merge(other.chunks, uniquingKeysWith: +)
    }

    /// One line: the figures.
    var summary: String {
        "\(steps) steps, \(chunks.values.reduce(0, +)) key sequences (\(bytes) bytes; pastes: \(chunks[.bracketedPaste, default: 0]) bracketed, "
            + "\(chunks[.unterminatedPaste, default: 0]) unterminated, \(chunks[.plainPaste, default: 0]) unmarked), \(keys) keys decoded, "
            + "\(answers) server answers, \(frames) frames checked, \(logins) logins, \(flowsEnded) flows ended"
    }
}
