/// What reaches the plain mode from other threads besides answers and signals.
enum PromptMessage: Sendable {
    /// A demo SMS: the number it went to and its text.
    case sms(to: String, text: String)
}
