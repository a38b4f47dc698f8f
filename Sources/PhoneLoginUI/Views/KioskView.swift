import PhoneAuth
import PhoneLoginFlow

/// Draws a kiosk screen: the banner, a big centred title, the form (or the idle prompt, or the success screen),
/// the SMS panel in demo mode. The token is never drawn.
public enum KioskView {
    /// Renders into `canvas`, which is cleared first.
    public static func draw(_ kiosk: KioskSession, at now: ContinuousClock.Instant, context: ViewContext, branding: KioskBranding,
                            on canvas: inout some Canvas) {
        canvas.clear()
        canvas.hideCursor()
        if ScreenLayout.isTooSmall(width: canvas.width, height: canvas.height) {
            LoginView.drawTooSmall(on: &canvas)
            return
        }
        let layout = KioskLayout(width: canvas.width, height: canvas.height, withPanel: context.demo)
        drawBanner(branding.banner, demo: context.demo, on: &canvas)
        let title = spacedTitle(branding.title, width: canvas.width - 4)
        canvas.put(title, row: layout.titleRow, column: max(0, (canvas.width - title.count) / 2), style: .strong)
        let form = layout.form
        let flow = kiosk.flow
        switch kiosk.phase {
        case .form:
            canvas.box(row: form.row, column: form.column, width: form.width, height: form.height, title: stepTitle(for: flow))
            switch flow.screen {
            case .phone, .finished: LoginView.drawPhone(flow, at: now, in: form, on: &canvas)
            case .code: LoginView.drawCode(flow, at: now, in: form, on: &canvas)
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
        canvas.put(" " + keyHelp(kiosk, at: now), row: canvas.height - 1, column: 0, style: .hint)
    }

    /// The title in capitals with a space between letters when that fits (it reads from a step back), else as given.
    static func spacedTitle(_ title: String, width: Int) -> String {
        let spaced = title.uppercased().map(String.init).joined(separator: " ")
        if spaced.count <= width { return spaced }
        return String(title.prefix(max(0, width)))
    }

    static func stepTitle(for flow: LoginFlow) -> String {
        flow.screen == .code ? "Step 2 of 2: the code from the SMS" : "Step 1 of 2: your phone number"
    }

    static func drawBanner(_ banner: String?, demo: Bool, on canvas: inout some Canvas) {
        canvas.fill(row: 0, style: .titleBar)
        let marker = demo ? " DEMO " : ""
        if let banner, !banner.isEmpty {
            let room = canvas.width - 2 * marker.count - 2
            let shown = String(banner.prefix(max(0, room)))
            canvas.put(shown, row: 0, column: max(0, (canvas.width - shown.count) / 2), style: .titleBar)
        }
        if demo { canvas.put(marker, row: 0, column: canvas.width - marker.count, style: .banner) }
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
        if let phone = kiosk.signedInPhone { centre("with " + phone.masked(), row: box.row + 4, in: box, style: .normal, on: &canvas) }
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
