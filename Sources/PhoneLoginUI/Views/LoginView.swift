import PhoneAuthModel
import PhoneLoginFlow

/// Draws the whole screen for a flow at an instant: title bar, form, notice, SMS panel, key help.
public enum LoginView {
    /// The spinner's frames.
    static let spinner: [String] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Renders into `canvas`, which is cleared first.
    public static func draw(_ flow: LoginFlow, at now: ContinuousClock.Instant, context: ViewContext, on canvas: inout some Canvas) {
        canvas.clear()
        canvas.hideCursor()
        if ScreenLayout.isTooSmall(width: canvas.width, height: canvas.height) {
            drawTooSmall(on: &canvas)
            return
        }
        let layout = ScreenLayout(width: canvas.width, height: canvas.height, withPanel: context.demo)
        drawTitleBar(context: context, on: &canvas)
        let form = layout.form
        canvas.box(row: form.row, column: form.column, width: form.width, height: form.height, title: title(for: flow))
        switch flow.screen {
        case .phone, .finished: drawPhone(flow, at: now, in: form, on: &canvas)
        case .code: drawCode(flow, at: now, in: form, on: &canvas)
        case .success: drawSuccess(flow, context: context, in: form, on: &canvas)
        }
        if let notice = flow.notice {
            let lines = wrap(FlowWording.text(for: notice), width: layout.notice.width - 2, lines: layout.notice.height)
            for (index, line) in lines.enumerated() {
                canvas.put(line, row: layout.notice.row + index, column: layout.notice.column + 1, style: notice.isProblem ? .error : .success)
            }
        }
        if let panel = layout.panel { SMSPanelView.draw(context.messages, in: panel, on: &canvas) }
        drawKeyHelp(flow, at: now, on: &canvas)
    }

    static func title(for flow: LoginFlow) -> String {
        switch flow.screen {
        case .phone, .finished: "Sign in with your phone"
        case .code: "Enter the code from the SMS"
        case .success: "Signed in"
        }
    }

    static func drawTitleBar(context: ViewContext, on canvas: inout some Canvas) {
        canvas.fill(row: 0, style: .titleBar)
        let title = " phone-login · \(context.serverLabel)"
        canvas.put(title, row: 0, column: 0, style: .titleBar)
        if context.demo {
            let long = " DEMO: local emulator, no real SMS "
            let banner = canvas.width >= title.count + long.count + 2 ? long : " DEMO "
            canvas.put(banner, row: 0, column: max(0, canvas.width - banner.count), style: .banner)
        }
    }

    static func drawKeyHelp(_ flow: LoginFlow, at now: ContinuousClock.Instant, on canvas: inout some Canvas) {
        let help: String
        switch flow.screen {
        case _ where flow.pending != nil: help = "Esc cancel · Ctrl-C quit"
        case .phone where flow.focus == .country: help = FlowWording.pickerKeys
        case .phone, .finished: help = "Enter send code · Tab country · Ctrl-U clear · Esc quit"
        case .code:
            var keys = flow.isExpired(at: now) ? "R new code" : "Enter sign in · R new code"
            if flow.settings.demo, flow.settings.linkFlow, !flow.isExpired(at: now) { keys += " · L tap SMS link" }
            help = keys + " · Esc change number"
        case .success: help = "Any key: finish"
        }
        drawKeyHelpLine(help, on: &canvas)
    }

    /// Draws "key action · key action · …" on the last row, leaving out whole items from the end when the row is too
    /// narrow (its last cell is never drawn: writing there would scroll some terminals).
    static func drawKeyHelpLine(_ help: String, on canvas: inout some Canvas) {
        var shown = help
        if shown.count + 1 > canvas.width - 1 {
            var items = help.components(separatedBy: " · ")
            while items.count > 1, items.joined(separator: " · ").count + 1 > canvas.width - 1 { items.removeLast() }
            shown = items.joined(separator: " · ")
        }
        canvas.put(" " + shown, row: canvas.height - 1, column: 0, style: .hint)
    }

    static func drawTooSmall(on canvas: inout some Canvas) {
        let lines = wrap("Make the window larger: phone-login needs at least \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight) (now \(canvas.width)×\(canvas.height)).",
                         width: max(1, canvas.width - 2), lines: max(1, canvas.height))
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            canvas.put(line, row: top + index, column: max(0, (canvas.width - line.count) / 2), style: .error)
        }
    }

    /// Draws a field `[text___]` and returns the cursor column.
    @discardableResult
    static func drawField(_ field: TextField, row: Int, column: Int, width: Int, locked: Bool, on canvas: inout some Canvas) -> Int {
        let inner = max(1, width - 2)
        let characters = Array(field.text)
        let start = max(0, field.cursor - inner + 1)
        let visible = String(characters[min(start, characters.count)...].prefix(inner))
        canvas.put("[", row: row, column: column, style: .frame)
        canvas.put(visible + String(repeating: locked ? " " : "_", count: max(0, inner - visible.count)), row: row, column: column + 1,
                   style: locked ? .hint : .field)
        canvas.put("]", row: row, column: column + 1 + inner, style: .frame)
        return column + 1 + (field.cursor - start)
    }

    /// Splits text into lines of at most `width` characters, at spaces where it can.
    static func wrap(_ text: String, width: Int, lines maximum: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var length = 0  // current.count, kept as words are added: this runs for every frame
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let wordLength = word.count
            let candidate = current.isEmpty ? wordLength : length + 1 + wordLength
            if candidate <= width {
                if !current.isEmpty { current += " " }
                current += word
                length = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = String(word.prefix(width))
                length = min(wordLength, width)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximum {
            lines = Array(lines.prefix(maximum))
            lines[maximum - 1] = String(lines[maximum - 1].prefix(max(0, width - 1))) + "…"
        }
        return lines
    }
}
