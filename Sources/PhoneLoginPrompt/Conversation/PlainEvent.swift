import PhoneLoginFlow

/// What reaches the plain conversation: a line typed, the end of the input, an answer, a demo SMS, a signal, time.
package enum PlainEvent: Equatable, Sendable {
    /// A line typed in answer to the open prompt, without its line ending.
    case line(String)
    /// The input ended (Ctrl-D, the end of a pipe).
    case endOfInput
    /// An answer to one of the flow's calls.
    case flow(FlowEvent)
    /// A demo SMS: the number it went to and its text.
    case sms(to: String, text: String)
    /// Ctrl-C or Ctrl-\.
    case interrupt
    /// Ctrl-Z: the terminal goes back as it was and the program stops until `fg`.
    case suspend
    /// A signal that ends the program (SIGTERM, SIGHUP).
    case signalled(Int32)
    /// Time has passed: the expiry, the end of the server's wait and the countdown's marks due by now.
    case time
}
