/// A front-end as the runtime runs it: a pure model (the flow, the kiosk session) with its renderer and its input,
/// stepped on the loop's thread at each moment something happened.
public protocol RuntimeProgram: SendableMetatype {
    /// The front-end's own items from other threads.
    associatedtype Message: Sendable

    /// The descriptor to watch for input now (nil: no input wanted).
    var inputDescriptor: Int32? { get }
    /// The next instant the program must be stepped even if nothing arrives.
    var wakeAt: ContinuousClock.Instant? { get }
    /// Whether the program has work without waiting (input already buffered).
    var hasWorkNow: Bool { get }
    /// Set once the program is over.
    var outcome: RunOutcome? { get }

    /// The first step: the first frame or prompt, and the service's preparation.
    mutating func start(_ runtime: RuntimeContext<Message>, at now: ContinuousClock.Instant)
    /// Handles a moment: the items, the input, the time; draws what changed.
    mutating func step(_ moment: RuntimeMoment<Message>, _ runtime: RuntimeContext<Message>)
    /// The last step: restores what the program changed (the terminal), on the loop's thread.
    mutating func stop()
}

extension RuntimeProgram {
    /// No buffered work by default.
    public var hasWorkNow: Bool { false }
}
