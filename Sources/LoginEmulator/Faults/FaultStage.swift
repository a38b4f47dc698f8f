/// Whether a fault hits before the emulator handles the request or after.
public enum FaultStage: String, Codable, Sendable {
    /// The request is not handled (no code sent, no code used up); a delay waits, then it is handled.
    case before
    /// The request is handled first (a code is sent or used up), then its answer is delayed, replaced or broken:
    /// the answer lost on the way back.
    case after
}
