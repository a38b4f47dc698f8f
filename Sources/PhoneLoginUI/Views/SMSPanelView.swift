import PhoneAuthModel
import PhoneLoginFlow

/// The demo's phone: every SMS the in-process emulator sends, newest at the bottom.
public enum SMSPanelView {
    /// Draws the panel in `rect`, its captions in `language`.
    public static func draw(_ messages: [ViewContext.SMSLine], in rect: ScreenLayout.Rect, language: Language = .english,
                            on canvas: inout some Canvas) {
        canvas.box(row: rect.row, column: rect.column, width: rect.width, height: rect.height, title: language.text(.smsPanelTitle))
        let inner = rect.width - 4
        guard inner > 4, rect.height > 2 else { return }
        var lines: [(String, TextStyle)] = []
        for message in messages {
            lines.append((language.text(.smsHeader, ["time": message.time, "number": message.to]), .hint))
            for line in LoginView.wrap(message.text(in: language), width: inner, lines: 4) { lines.append((line, .strong)) }
        }
        if lines.isEmpty { lines = LoginView.wrap(language.text(.smsEmpty), width: inner, lines: 3).map { ($0, .hint) } }
        let visible = lines.suffix(rect.height - 2)
        for (index, line) in visible.enumerated() {
            canvas.put(line.0, row: rect.row + 1 + index, column: rect.column + 2, width: inner, style: line.1)
        }
    }
}
