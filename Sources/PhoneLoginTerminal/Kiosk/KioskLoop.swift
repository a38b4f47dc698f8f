import CNCursesW
import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI

/// The kiosk's loop on the terminal thread: keys, answers and signals into a `KioskSession`, its effects carried out.
struct KioskLoop {
    let app: FullScreenApp
    let session: TerminalSession
    let kiosk: KioskConfiguration
    var state: KioskSession
    var context: ViewContext
    var keys = KeyReader()
    var calls: FlowCalls
    var frames = FrameBuffers()
    /// The title's choices for the window's width (block letters rendered once, not every frame).
    var titles: (width: Int, choices: [KioskTitle])?
    var wakeAt: ContinuousClock.Instant?
    /// Whether the scrollback is to be cleared after the next frame (at the start and after every reset).
    var scrollbackDue = true
    /// The hand-offs started, for the runner to wait for before the process ends.
    var handOffs: [Task<Void, Never>] = []
    var outcome: KioskOutcome?

    init(app: FullScreenApp, session: TerminalSession, kiosk: KioskConfiguration) {
        self.app = app
        self.session = session
        self.kiosk = kiosk
        self.state = KioskSession(settings: kiosk.settings, at: .now)
        self.context = app.configuration.context
        self.context.unicode = session.unicode
        self.calls = FlowCalls(app: app)
    }

    mutating func run() -> KioskOutcome {
        session.clearScreenOnNextRefresh()
        render()
        // The client (demo mode: the emulator) is prepared once the first frame is on the screen, not while it is drawn.
        app.clients.begin()
        while outcome == nil {
            let (now, inputs) = keys.next(session: session, inbox: app.inbox, wakeAt: &wakeAt)
            for input in inputs where outcome == nil {
                switch input {
                case .item(.flow(let event)): apply(.flow(event), at: now)
                case .item(.handOff(let visitor, let report)): apply(.handOffFinished(visitor: visitor, report), at: now)
                case .item(.sms(let line)): context.messages.append(line)
                case .item(.signal(SIGWINCH)):
                    session.resizeToTerminal()
                    frames.forget()
                case .item(.signal(SIGINT)): break  // a kiosk is not interrupted: only SIGTERM, SIGHUP or the admin key end it
                case .item(.signal(let number)): outcome = .signalled(number)
                case .decoded(.key(let key)): apply(.flow(.key(key)), at: now)
                case .decoded(.resize): frames.forget()
                case .tick: apply(.flow(.tick), at: now)
                }
            }
            if outcome == nil { render() }
        }
        calls.cancelAll()
        return outcome!
    }

    /// Draws the frame for now (only if it differs from the last one), then clears the scrollback when a reset asked for it.
    mutating func render() {
        context.wallClock = Date()
        let width = session.size.width
        if titles?.width != width { titles = (width, KioskTitle.choices(for: kiosk.branding.title, width: width - 4)) }
        let (state, context, branding, choices) = (state, context, kiosk.branding, titles?.choices)
        frames.show(on: session) { KioskView.draw(state, at: .now, context: context, branding: branding, titles: choices, on: &$0) }
        if scrollbackDue {
            scrollbackDue = false
            session.clearScrollback()
        }
    }

    /// Hands an event to the kiosk session and carries out its effects.
    mutating func apply(_ event: KioskEvent, at now: ContinuousClock.Instant) {
        for effect in state.handle(event, at: now) { perform(effect) }
    }

    mutating func perform(_ effect: KioskEffect) {
        switch effect {
        case .flow(let call):
            calls.perform(call)
        case .handOff(let visitor, let result, let phone):
            let handOff = kiosk.handOff, inbox = app.inbox
            handOffs.append(Task {
                let report = await handOff(result, phone)
                inbox.post(.handOff(visitor: visitor, report))
            })
        case .clearScreen:
            context.messages = []
            session.clearScreenOnNextRefresh()
            frames.forget()
            scrollbackDue = true
        case .wake(let at):
            wakeAt = at
        case .stop:
            outcome = .stoppedByAdminKey
        }
    }
}
