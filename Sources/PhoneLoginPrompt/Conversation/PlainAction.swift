import PhoneLoginFlow

/// What the plain conversation asks its runner to do, in order: say, ask, call, stop.
package enum PlainAction: Equatable, Sendable {
    /// Say a whole line.
    case say(String)
    /// Ask: the prompt, left open for the answer; `echo` false hides what is typed (the code).
    case ask(String, echo: Bool)
    /// A call of the flow's (start, confirm, cancel, the link poll, the demo's tap), answered with a `PlainEvent.flow`.
    case call(FlowEffect)
    /// Put the terminal back as it was and stop the process (Ctrl-Z); the prompt that follows is asked after `fg`.
    case suspend
}
