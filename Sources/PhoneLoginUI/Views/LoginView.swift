import PhoneAuthModel
import PhoneLoginFlow

/// Draws the whole screen for a flow at an instant: title bar, form, notice, SMS panel, key help.
public enum LoginView {
    /// The spinner's frames.
    static let spinner: [String] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Renders into `canvas`, which is cleared first, in the flow's language.
    public static func draw(_ flow: LoginFlow, at now: ContinuousClock.Instant, context: ViewContext, on canvas: inout some Canvas) {
        let language = flow.settings.language
        canvas.clear()
        canvas.hideCursor()
        if ScreenLayout.isTooSmall(width: canvas.width, height: canvas.height) {
            drawTooSmall(in: language, on: &canvas)
            return
        }
        let layout = ScreenLayout(width: canvas.width, height: canvas.height, withPanel: context.demo)
        drawTitleBar(context: context, in: language, on: &canvas)
        let form = layout.form
        canvas.box(row: form.row, column: form.column, width: form.width, height: form.height, title: title(for: flow))
        switch flow.screen {
        case .phone, .finished: drawPhone(flow, at: now, in: form, on: &canvas)
        case .code: drawCode(flow, at: now, in: form, on: &canvas)
        case .success: drawSuccess(flow, context: context, in: form, on: &canvas)
        }
        if let notice = flow.notice { drawNotice(notice, in: layout.notice, language: language, on: &canvas) }
        if let panel = layout.panel { SMSPanelView.draw(context.messages, in: panel, language: language, on: &canvas) }
        drawKeyHelp(flow, at: now, on: &canvas)
    }

    /// Draws a notice's sentence wrapped in its rows under the form, red for a problem, green otherwise.
    static func drawNotice(_ notice: FlowNotice, in rect: ScreenLayout.Rect, language: Language, on canvas: inout some Canvas) {
        let lines = wrap(FlowWording.text(for: notice, in: language), width: rect.width - 2, lines: rect.height)
        for (index, line) in lines.enumerated() {
            canvas.put(line, row: rect.row + index, column: rect.column + 1, style: notice.isProblem ? .error : .success)
        }
    }

    static func title(for flow: LoginFlow) -> String {
        switch flow.screen {
        case .phone, .finished: flow.settings.language.text(.titlePhone)
        case .code: flow.settings.language.text(.titleCode)
        case .success: flow.settings.language.text(.titleSuccess)
        }
    }

    static func drawTitleBar(context: ViewContext, in language: Language, on canvas: inout some Canvas) {
        canvas.fill(row: 0, style: .titleBar)
        let title = " " + language.text(.titleBar, ["server": context.serverLabel])
        canvas.put(title, row: 0, column: 0, style: .titleBar)
        if context.demo {
            let long = " " + language.text(.demoLong) + " "
            let banner = canvas.width >= title.cellWidth + long.cellWidth + 2 ? long : " " + language.text(.demoShort) + " "
            canvas.put(banner, row: 0, column: max(0, canvas.width - banner.cellWidth), style: .banner)
        }
    }

    static func drawKeyHelp(_ flow: LoginFlow, at now: ContinuousClock.Instant, on canvas: inout some Canvas) {
        drawKeyHelpLine(keys(flow, at: now, quit: .keyEscQuit).map { flow.settings.language.text($0) }.joined(separator: " · "), on: &canvas)
    }

    /// The keys the help row names for the flow's screen (the same in the kiosk, bar `quit`: Esc quits or starts over).
    static func keys(_ flow: LoginFlow, at now: ContinuousClock.Instant, quit: WordKey) -> [WordKey] {
        switch flow.screen {
        case _ where flow.pending != nil: return quit == .keyEscQuit ? [.keyCancel, .keyQuit] : [.keyCancel]
        case .phone where flow.focus == .country: return [.keyPick, .keyChoose, .keyBack]
        case .phone where quit == .keyEscQuit: return [.keySendCode, .keyTabCountry, .keyClear, quit]
        case .phone, .finished: return [.keySendCode, .keyClear, quit]
        case .code:
            var keys: [WordKey] = flow.isExpired(at: now) ? [.keyNewCode] : [.keySignIn, .keyNewCode]
            if flow.settings.demo, flow.settings.linkFlow, !flow.isExpired(at: now) { keys.append(.keyTapLink) }
            return keys + [.keyChangeNumber]
        case .success: return quit == .keyEscQuit ? [.keyFinish] : [.keySendCode, .keyClear, quit]
        }
    }

    /// Draws "key action · key action · …" on the last row, leaving out whole items from the end when the row is too
    /// narrow (its last cell is never drawn: writing there would scroll some terminals).
    static func drawKeyHelpLine(_ help: String, on canvas: inout some Canvas) {
        var shown = help
        if shown.cellWidth + 1 > canvas.width - 1 {
            var items = help.components(separatedBy: " · ")
            while items.count > 1, items.joined(separator: " · ").cellWidth + 1 > canvas.width - 1 { items.removeLast() }
            shown = items.joined(separator: " · ").prefix(cells: max(0, canvas.width - 2))
        }
        canvas.put(" " + shown, row: canvas.height - 1, column: 0, style: .hint)
    }

    static func drawTooSmall(in language: Language = .english, on canvas: inout some Canvas) {
        let text = language.text(.tooSmall, ["minimum": "\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
                                             "size": "\(canvas.width)×\(canvas.height)"])
        let lines = wrap(text, width: max(1, canvas.width - 2), lines: max(1, canvas.height))
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            canvas.put(line, row: top + index, column: max(0, (canvas.width - line.cellWidth) / 2), style: .error)
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

    /// Splits text into lines of at most `width` cells, at spaces where it can, inside a word too long for a line
    /// (a sentence in Japanese or Chinese, which has no spaces); past `maximum` lines the last ends in "…".
    static func wrap(_ text: String, width: Int, lines maximum: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var length = 0  // current.cellWidth, kept as words are added: this runs for every frame
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(piece)
            var wordLength = word.cellWidth
            let candidate = current.isEmpty ? wordLength : length + 1 + wordLength
            if candidate <= width {
                if !current.isEmpty { current += " " }
                current += word
                length = candidate
                continue
            }
            if wordLength > width {
                // Too long for any line: as much as fits after what is there, then whole lines of it.
                let room = current.isEmpty ? width : width - length - 1
                if room > 1 {
                    let head = word.prefix(cells: room)
                    current += (current.isEmpty ? "" : " ") + head
                    word = word.dropFirst(head.count)
                }
                if !current.isEmpty { lines.append(current) }
                while word.cellWidth > width {
                    let head = word.prefix(cells: width)
                    if head.isEmpty { word = word.dropFirst(); continue }
                    lines.append(head)
                    word = word.dropFirst(head.count)
                }
                wordLength = word.cellWidth
            } else if !current.isEmpty {
                lines.append(current)
            }
            current = String(word)
            length = wordLength
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximum {
            lines = Array(lines.prefix(maximum))
            if maximum > 0 { lines[maximum - 1] = lines[maximum - 1].prefix(cells: max(0, width - 1)) + "…" }
        }
        return lines
    }
}
