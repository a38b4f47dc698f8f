import PhoneAuthModel

/// What the flow asks its runner to do; the runner does it and reports back with a `FlowEvent`.
public enum FlowEffect: Equatable, Sendable {
    /// Send `POST /login/phone/request`; report `.startFinished` with the same request id.
    case startAuth(requestID: Int, phone: PhoneNumber)
    /// Send `POST /login/phone/confirm`; report `.confirmFinished` with the same request id.
    case completeAuth(requestID: Int, phone: PhoneNumber, operationID: String, code: String)
    /// Cancel the request in flight with this id (its answer will be ignored anyway).
    case cancelRequest(requestID: Int)
    /// Keep an `/otc/code` poll open until `deadline`; report `.linkCodeArrived`.
    case pollLink(phone: PhoneNumber, operationID: String, deadline: ContinuousClock.Instant)
    /// Stop any `/otc/code` poll.
    case stopLinkPoll
    /// Demo mode: follow the SMS link of this operation on the in-process emulator.
    case tapLink(operationID: String)
    /// The login succeeded: the runner may leave at once (`--output`) or wait for a key on the success screen.
    case loggedIn(LoginResult)
    /// Deliver `.tick` at this instant (replaces any earlier wake-up).
    case wake(at: ContinuousClock.Instant)
    /// The flow is over.
    case finish(FlowExit)
}
