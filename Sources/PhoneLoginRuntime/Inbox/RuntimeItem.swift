import PhoneLoginFlow

/// Something that reaches a running program from another thread.
public enum RuntimeItem<Message: Sendable>: Sendable {
    /// An answer for the flow (a call's result).
    case flow(FlowEvent)
    /// A signal number, from the signal bridge.
    case signal(Int32)
    /// Something of the front-end's own (a demo SMS, a kiosk hand-off's report).
    case message(Message)
}
