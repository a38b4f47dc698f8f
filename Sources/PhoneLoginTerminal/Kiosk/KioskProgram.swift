import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginUI

/// The kiosk as the runtime runs it: keys, answers and hand-off reports into a `KioskSession`, its effects carried
/// out, the frame drawn through curses. Runs on the runtime's thread only.
struct KioskProgram: RuntimeProgram {
    let configuration: FullScreenConfiguration
    let session: TerminalSession
    let kiosk: KioskConfiguration
    var state: KioskSession
    var context: ViewContext
    var input = TerminalInput()
    var frames = FrameBuffers()
    /// The title's choices for the window's width (block letters rendered once, not every frame).
    var titles: (width: Int, language: Language, choices: [KioskTitle])?
    /// Whether the scrollback is to be cleared before the next frame (at the start and after every reset).
    var scrollbackDue = true
    /// When the whole screen is next written again though nothing changed (nil: never; `repaintInterval`).
    var repaintAt: ContinuousClock.Instant?
    var outcome: RunOutcome?

    init(configuration: FullScreenConfiguration, session: TerminalSession, kiosk: KioskConfiguration) {
        self.configuration = configuration
        self.session = session
        self.kiosk = kiosk
        self.state = KioskSession(settings: kiosk.settings, at: .now)
        self.context = configuration.context
        self.context.unicode = session.unicode
    }

    var inputDescriptor: Int32? { session.inputDescriptor }

    var wakeAt: ContinuousClock.Instant? {
        guard let repaintAt else { return input.wakeAt }
        return input.wakeAt.map { min($0, repaintAt) } ?? repaintAt
    }

    mutating func start(_ runtime: RuntimeContext<TerminalMessage>, at now: ContinuousClock.Instant) {
        session.clearScreenOnNextRefresh()
        render()
        repaintAt = kiosk.repaintInterval.map { now + $0 }
        // The service (demo mode: the emulator) is prepared once the first frame is on the screen, not while it is drawn.
        runtime.services.begin()
    }

    mutating func step(_ moment: RuntimeMoment<TerminalMessage>, _ runtime: RuntimeContext<TerminalMessage>) {
        let now = moment.now
        for event in input.events(in: moment, session: session, frames: &frames) where outcome == nil {
            switch event {
            case .flow(let event): apply(.flow(event), at: now, runtime)
            case .message(.handOff(let visitor, let report)): apply(.handOffFinished(visitor: visitor, report), at: now, runtime)
            case .message(.sms(let line)): context.messages.append(line)
            case .signal(SIGINT): break  // a kiosk is not interrupted: only SIGTERM, SIGHUP or the admin key end it
            case .signal(let number): outcome = .signalled(number)
            case .key(let key): apply(.flow(.key(key)), at: now, runtime)
            }
        }
        if outcome == nil, input.takeWake(at: now) { apply(.flow(.tick), at: now, runtime) }
        if outcome == nil { render() }
        if outcome == nil, let repaintAt, now >= repaintAt, let interval = kiosk.repaintInterval {
            // The terminal may have been written by someone else (a console's `\e[3J`, a kernel message): the whole
            // frame again, though nothing changed here.
            session.repaintWhole()
            self.repaintAt = now + interval
        }
    }

    mutating func stop() {
        session.close()
    }

    /// Clears the screen and the scrollback when a reset asked for it, then draws the frame for now (only if it differs
    /// from the last one). The scrollback goes before the frame, which is then drawn whole: on a Linux console `E3`
    /// (`\e[3J`) erases the whole display, which after the frame would leave the screen blank, since a frame is
    /// written only where it differs from the last.
    mutating func render() {
        if scrollbackDue {
            scrollbackDue = false
            session.clearScreenAndScrollback()
            frames.forget()
        }
        context.wallClock = Date()
        let width = session.size.width
        let language = state.flow.settings.language
        if titles?.width != width || titles?.language != language {
            titles = (width, language, KioskTitle.choices(for: kiosk.branding.title(in: language), width: width - 4))
        }
        let (state, context, branding, choices) = (state, context, kiosk.branding, titles?.choices)
        frames.show(on: session) { KioskView.draw(state, at: .now, context: context, branding: branding, titles: choices, on: &$0) }
    }

    /// Hands an event to the kiosk session and carries out its effects.
    mutating func apply(_ event: KioskEvent, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<TerminalMessage>) {
        for effect in state.handle(event, at: now) {
            switch effect {
            case .flow(let call):
                runtime.perform(call)
            case .handOff(let visitor, let result, let phone):
                let handOff = kiosk.handOff
                runtime.spawn { .handOff(visitor: visitor, await handOff(result, phone)) }
            case .clearScreen:
                context.messages = []
                session.clearScreenOnNextRefresh()
                frames.forget()
                scrollbackDue = true
            case .wake(let at):
                input.wake = at
            case .stop:
                outcome = .stoppedByAdminKey
            }
        }
    }
}
