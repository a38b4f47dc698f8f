import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginRuntime

/// The plain mode as the runtime runs it: reads lines, hands them with the answers, the signals and the time to the
/// `PlainConversation`, and writes what it returns (the terminal's modes set for each prompt). Runs on the runtime's
/// thread only.
struct PromptProgram: RuntimeProgram {
    var conversation: PlainConversation
    var reader: LineReader
    var speaker: PromptSpeaker
    let modes: TerminalModes?

    init(configuration: PlainConfiguration) {
        conversation = PlainConversation(settings: configuration.settings)
        reader = LineReader(descriptor: configuration.inputDescriptor)
        modes = TerminalModes(descriptor: configuration.inputDescriptor)
        setlocale(LC_CTYPE, "")
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        let sameTerminal = modes != nil && isatty(configuration.outputDescriptor) != 0
        speaker = PromptSpeaker(descriptor: configuration.outputDescriptor, ascii: !utf8, terminalEndsLine: sameTerminal)
    }

    var outcome: RunOutcome? { conversation.outcome }

    /// Lines are read only while no request is in flight (typeahead waits in the terminal or the pipe).
    var inputDescriptor: Int32? { conversation.flow.pending == nil && !reader.ended ? reader.descriptor : nil }

    /// A line already read waits for its prompt, or the end of the input for its exit.
    var hasWorkNow: Bool { conversation.flow.pending == nil && (reader.hasLine || reader.ended) }

    /// The next instant something is due: a countdown announcement, the code's expiry, the end of the server's wait.
    var wakeAt: ContinuousClock.Instant? { conversation.wakeAt }

    mutating func start(_ runtime: RuntimeContext<PromptMessage>, at now: ContinuousClock.Instant) {
        runtime.services.begin()
        carryOut(conversation.start(at: now), runtime)
    }

    mutating func step(_ moment: RuntimeMoment<PromptMessage>, _ runtime: RuntimeContext<PromptMessage>) {
        let (now, date) = (moment.now, Date())
        if moment.inputReady { reader.fill() }
        carryOut(conversation.handle(moment.items.map(Self.event) + [.time], at: now, date: date), runtime)
        // A line is taken only under the prompt it answers (the conversation asks again first if something closed it).
        guard conversation.waitsForLine else { return }
        if let line = reader.nextLine() {
            speaker.answered()
            carryOut(conversation.handle(.line(line), at: now, date: date), runtime)
        } else if reader.ended {
            carryOut(conversation.handle(.endOfInput, at: now, date: date), runtime)
        }
    }

    mutating func stop() {
        speaker.endPrompt()
        modes?.restore()
    }

    /// An item from another thread, as the conversation hears it.
    static func event(_ item: RuntimeItem<PromptMessage>) -> PlainEvent {
        switch item {
        case .flow(let event): .flow(event)
        case .message(.sms(let number, let text)): .sms(to: number, text: text)
        case .signal(SIGINT), .signal(SIGQUIT): .interrupt
        case .signal(SIGTSTP): .suspend
        case .signal(let number): .signalled(number)
        }
    }

    /// Writes what the conversation said and asked, and hands its calls to the runtime.
    mutating func carryOut(_ actions: [PlainAction], _ runtime: RuntimeContext<PromptMessage>) {
        for action in actions {
            switch action {
            case .say(let line):
                speaker.say(line)
            case .ask(let prompt, let echo):
                modes?.lineInput(echo: echo)
                speaker.ask(prompt)
            case .call(let effect):
                runtime.perform(effect)
            case .suspend:
                // Ctrl-Z: the terminal as it was, stopped; on `fg` the prompt's modes again and the prompt again.
                speaker.endPrompt()
                modes?.restore()
                raise(SIGSTOP)  // this thread stops at once: nothing is written after the terminal was restored
            }
        }
    }
}
