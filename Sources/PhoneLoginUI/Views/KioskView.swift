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
        let language = kiosk.flow.settings.language
        canvas.clear()
        canvas.hideCursor()
        if ScreenLayout.isTooSmall(width: canvas.width, height: canvas.height) {
            LoginView.drawTooSmall(in: language, on: &canvas)
            return
        }
        let layout = KioskLayout(width: canvas.width, height: canvas.height, demo: context.demo, banner: !(branding.banner ?? "").isEmpty,
                                 titles: titles ?? KioskTitle.choices(for: branding.title(in: language), width: canvas.width - 4),
                                 countdown: kiosk.phase == .form && kiosk.flow.screen == .code)
        if context.demo { drawDemoBar(in: language, on: &canvas) }
        if let row = layout.bannerRow, let banner = branding.banner {
            let shown = " " + banner.prefix(cells: max(0, canvas.width - 6)) + " "
            canvas.put(shown, row: row, column: max(0, (canvas.width - shown.cellWidth) / 2), style: .titleBar)
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
            if let notice = flow.notice { LoginView.drawNotice(notice, in: layout.notice, language: language, on: &canvas) }
        case .stillThere:
            drawStillThere(seconds: kiosk.secondsLeft(at: now) ?? 0, in: form, language: language, on: &canvas)
        case .handingOver, .signedIn:
            drawSignedIn(kiosk, at: now, in: form, on: &canvas)
        }
        if let panel = layout.panel { SMSPanelView.draw(context.messages, in: panel, language: language, on: &canvas) }
        LoginView.drawKeyHelpLine(keyHelp(kiosk, at: now), on: &canvas)
    }

    /// Draws the title from `row`, each line centred: block letters in full blocks (`#` when the terminal cannot show
    /// them), text in bold.
    static func drawTitle(_ title: KioskTitle, row: Int, unicode: Bool, on canvas: inout some Canvas) {
        let style: TextStyle = if case .block = title { .frame } else { .strong }
        for (index, line) in title.rows(ink: BlockFont.ink(unicode: unicode)).enumerated() where !line.isEmpty {
            canvas.put(line, row: row + index, column: max(0, (canvas.width - line.cellWidth) / 2), style: style)
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
        flow.settings.language.text(flow.screen == .code ? .stepCode : .stepPhone)
    }

    /// The top row in demo mode: a bar saying this is the demo.
    static func drawDemoBar(in language: Language = .english, on canvas: inout some Canvas) {
        canvas.fill(row: 0, style: .titleBar)
        let long = " " + language.text(.demoLong) + " "
        let marker = canvas.width >= long.cellWidth + 20 ? long : " " + language.text(.demoShort) + " "
        canvas.put(marker, row: 0, column: canvas.width - marker.cellWidth, style: .banner)
    }

    static func drawStillThere(seconds: Int, in box: ScreenLayout.Rect, language: Language = .english, on canvas: inout some Canvas) {
        canvas.box(row: box.row, column: box.column, width: box.width, height: box.height)
        centre(language.text(.stillThereQuestion), row: box.row + 3, in: box, style: .strong, on: &canvas)
        centre(language.text(.stillThereOffer), row: box.row + 5, in: box, style: .normal, on: &canvas)
        centre(FlowWording.startingOver(seconds: seconds, in: language), row: box.row + 7, in: box, style: seconds <= 5 ? .urgent : .strong, on: &canvas)
    }

    static func drawSignedIn(_ kiosk: KioskSession, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        let language = kiosk.flow.settings.language
        canvas.box(row: box.row, column: box.column, width: box.width, height: box.height)
        centre(language.text(.kioskSignedIn), row: box.row + 2, in: box, style: .success, on: &canvas)
        if let phone = kiosk.signedInPhone {
            centre(language.text(.signedInWith, ["number": kiosk.flow.numberRules.masked(phone)]), row: box.row + 4, in: box, style: .normal, on: &canvas)
        }
        guard let report = kiosk.handOff else {
            centre(language.text(.handingOver), row: box.row + 6, in: box, style: .hint, on: &canvas)
            return
        }
        if let problem = FlowWording.handOffProblem(report, in: language) {
            for (index, line) in LoginView.wrap(problem, width: box.width - 6, lines: 3).enumerated() {
                centre(line, row: box.row + 6 + index, in: box, style: .error, on: &canvas)
            }
        }
        if let seconds = kiosk.secondsLeft(at: now) {
            centre(FlowWording.clearsIn(seconds: seconds, in: language), row: box.row + box.height - 2, in: box, style: .hint, on: &canvas)
        }
    }

    static func keyHelp(_ kiosk: KioskSession, at now: ContinuousClock.Instant) -> String {
        let flow = kiosk.flow
        let language = flow.settings.language
        let keys: [WordKey]
        switch kiosk.phase {
        case .stillThere: keys = [.keyContinue, .keyStartOver]
        case .handingOver: keys = []
        case .signedIn: keys = [.keyNextPerson]
        case .form where flow.pending == nil && flow.screen == .phone && flow.focus == .country: keys = [.keyPick, .keyChoose, .keyBack]
        case .form: keys = LoginView.keys(flow, at: now, quit: .keyStartOver)
        }
        var items = keys.map { language.text($0) }
        // The language key: second on the first screen, where a visitor looks for it (a narrow row leaves out the last
        // items), last on the code screen.
        let next = kiosk.settings.language(after: language)
        if kiosk.phase == .form, flow.pending == nil, flow.focus == .number, next != language {
            let key = language.text(.keyLanguage, ["language": next.nativeName])
            items.insert(key, at: flow.screen == .code ? items.count : min(1, items.count))
        }
        return items.joined(separator: " · ")
    }

    static func centre(_ text: String, row: Int, in box: ScreenLayout.Rect, style: TextStyle, on canvas: inout some Canvas) {
        let inner = box.width - 4
        let shown = text.prefix(cells: max(0, inner))
        canvas.put(shown, row: row, column: box.column + 2 + max(0, (inner - shown.cellWidth) / 2), style: style)
    }
}
