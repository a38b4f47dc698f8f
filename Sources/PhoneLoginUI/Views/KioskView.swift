import PhoneAuthModel
import PhoneLoginFlow

/// Draws a kiosk screen: the banner, a big centred title (block letters when they fit), the form (or the idle prompt,
/// or the success screen), the SMS panel in demo mode, all centred in the window. The token is never drawn.
public enum KioskView {
    /// Renders into `canvas`, which is cleared first. `titles` are the title's choices for this width
    /// (`KioskTitle.choices(for:width:)` with `canvas.width - 4`), worked out here when not given: a loop drawing a
    /// frame a second keeps them while the width stays.
    public static func draw(_ kiosk: KioskSession, at now: ContinuousClock.Instant, context: ViewContext, branding: KioskBranding,
                            titles: [KioskTitle]? = nil, on canvas: inout some Canvas) {
        canvas.clear()
        canvas.hideCursor()
        if ScreenLayout.isTooSmall(width: canvas.width, height: canvas.height) {
            LoginView.drawTooSmall(on: &canvas)
            return
        }
        let layout = KioskLayout(width: canvas.width, height: canvas.height, demo: context.demo, banner: !(branding.banner ?? "").isEmpty,
                                 titles: titles ?? KioskTitle.choices(for: branding.title, width: canvas.width - 4),
                                 countdown: kiosk.phase == .form && kiosk.flow.screen == .code)
        if context.demo { drawDemoBar(on: &canvas) }
        if let row = layout.bannerRow, let banner = branding.banner {
            let shown = " " + String(banner.prefix(max(0, canvas.width - 6))) + " "
            canvas.put(shown, row: row, column: max(0, (canvas.width - shown.count) / 2), style: .titleBar)
        }
        drawTitle(layout.title, row: layout.titleRow, unicode: context.unicode, on: &canvas)
        let form = layout.form
        let flow = kiosk.flow
        switch kiosk.phase {
        case .form:
            canvas.box(row: form.row, column: form.column, width: form.width, height: form.height, title: stepTitle(for: flow))
            switch flow.screen {
            case .phone, .finished: LoginView.drawPhone(flow, at: now, in: form, on: &canvas)
            case .code:
                LoginView.drawCode(flow, at: now, in: form, on: &canvas)
                if let rect = layout.countdown { drawCountdown(flow, at: now, in: rect, unicode: context.unicode, on: &canvas) }
            case .success: break
            }
            if let notice = flow.notice {
                let lines = LoginView.wrap(FlowWording.text(for: notice), width: layout.notice.width - 2, lines: layout.notice.height)
                for (index, line) in lines.enumerated() {
                    canvas.put(line, row: layout.notice.row + index, column: layout.notice.column + 1, style: notice.isProblem ? .error : .success)
                }
            }
        case .stillThere:
            drawStillThere(seconds: kiosk.secondsLeft(at: now) ?? 0, in: form, on: &canvas)
        case .handingOver, .signedIn:
            drawSignedIn(kiosk, at: now, in: form, on: &canvas)
        }
        if let panel = layout.panel { SMSPanelView.draw(context.messages, in: panel, on: &canvas) }
        LoginView.drawKeyHelpLine(keyHelp(kiosk, at: now), on: &canvas)
    }

    /// Draws the title from `row`, each line centred: block letters in full blocks (`#` when the terminal cannot show
    /// them), text in bold.
    static func drawTitle(_ title: KioskTitle, row: Int, unicode: Bool, on canvas: inout some Canvas) {
        let style: TextStyle = if case .block = title { .frame } else { .strong }
        for (index, line) in title.rows(ink: BlockFont.ink(unicode: unicode)).enumerated() where !line.isEmpty {
            canvas.put(line, row: row + index, column: max(0, (canvas.width - line.count) / 2), style: style)
        }
    }

    /// The code's time left in block letters, centred in `rect`: red in the last 30 seconds, `0:00` once expired.
    static func drawCountdown(_ flow: LoginFlow, at now: ContinuousClock.Instant, in rect: ScreenLayout.Rect, unicode: Bool,
                              on canvas: inout some Canvas) {
        guard let operation = flow.operation else { return }
        let seconds = flow.isExpired(at: now) ? 0 : Countdown.secondsLeft(until: operation.deadline, at: now)
        guard let rows = BlockFont.standard.render(Countdown.text(seconds: seconds)) else { return }
        for (index, row) in rows.enumerated() {
            let shown = BlockFont.inked(row, with: BlockFont.ink(unicode: unicode))
            canvas.put(shown, row: rect.row + index, column: rect.column + max(0, (rect.width - shown.count) / 2), style: seconds <= 30 ? .error : .strong)
        }
    }

    static func stepTitle(for flow: LoginFlow) -> String {
        flow.screen == .code ? "Step 2 of 2: the code from the SMS" : "Step 1 of 2: your phone number"
    }

    /// The top row in demo mode: a bar saying this is the demo.
    static func drawDemoBar(on canvas: inout some Canvas) {
        canvas.fill(row: 0, style: .titleBar)
        let long = " DEMO: local emulator, no real SMS "
        let marker = canvas.width >= long.count + 20 ? long : " DEMO "
        canvas.put(marker, row: 0, column: canvas.width - marker.count, style: .banner)
    }

    static func drawStillThere(seconds: Int, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        canvas.box(row: box.row, column: box.column, width: box.width, height: box.height)
        centre(FlowWording.stillThereQuestion, row: box.row + 3, in: box, style: .strong, on: &canvas)
        centre(FlowWording.stillThereOffer, row: box.row + 5, in: box, style: .normal, on: &canvas)
        centre(FlowWording.startingOver(seconds: seconds), row: box.row + 7, in: box, style: seconds <= 5 ? .urgent : .strong, on: &canvas)
    }

    static func drawSignedIn(_ kiosk: KioskSession, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        canvas.box(row: box.row, column: box.column, width: box.width, height: box.height)
        centre(FlowWording.kioskSignedIn, row: box.row + 2, in: box, style: .success, on: &canvas)
        if let phone = kiosk.signedInPhone { centre("with " + kiosk.flow.numberRules.masked(phone), row: box.row + 4, in: box, style: .normal, on: &canvas) }
        guard let report = kiosk.handOff else {
            centre(FlowWording.handingOver, row: box.row + 6, in: box, style: .hint, on: &canvas)
            return
        }
        if let problem = FlowWording.handOffProblem(report) {
            for (index, line) in LoginView.wrap(problem, width: box.width - 6, lines: 3).enumerated() {
                centre(line, row: box.row + 6 + index, in: box, style: .error, on: &canvas)
            }
        }
        if let seconds = kiosk.secondsLeft(at: now) {
            centre(FlowWording.clearsIn(seconds: seconds), row: box.row + box.height - 2, in: box, style: .hint, on: &canvas)
        }
    }

    static func keyHelp(_ kiosk: KioskSession, at now: ContinuousClock.Instant) -> String {
        let flow = kiosk.flow
        switch kiosk.phase {
        case .stillThere: return "Any key continue · Esc start over"
        case .handingOver: return ""
        case .signedIn: return "Enter next person"
        case .form:
            if flow.pending != nil { return "Esc cancel" }
            if flow.screen == .phone, flow.focus == .country { return FlowWording.pickerKeys }
            switch flow.screen {
            case .phone, .finished, .success: return "Enter send code · Ctrl-U clear · Esc start over"
            case .code:
                var keys = flow.isExpired(at: now) ? "R new code" : "Enter sign in · R new code"
                if flow.settings.demo, flow.settings.linkFlow, !flow.isExpired(at: now) { keys += " · L tap SMS link" }
                return keys + " · Esc change number"
            }
        }
    }

    static func centre(_ text: String, row: Int, in box: ScreenLayout.Rect, style: TextStyle, on canvas: inout some Canvas) {
        let inner = box.width - 4
        let shown = String(text.prefix(max(0, inner)))
        canvas.put(shown, row: row, column: box.column + 2 + max(0, (inner - shown.count) / 2), style: style)
    }
}
