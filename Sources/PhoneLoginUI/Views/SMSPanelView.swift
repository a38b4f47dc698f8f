/// The demo's phone: every SMS the in-process emulator sends, newest at the bottom.
public enum SMSPanelView {
    /// Draws the panel in `rect`.
    public static func draw(_ messages: [ViewContext.SMSLine], in rect: ScreenLayout.Rect, on canvas: inout some Canvas) {
        canvas.box(row: rect.row, column: rect.column, width: rect.width, height: rect.height, title: "SMS (demo phone)")
        let inner = rect.width - 4
        guard inner > 4, rect.height > 2 else { return }
        var lines: [(String, TextStyle)] = []
        for message in messages {
            lines.append(("\(message.time)  to \(message.to)", .hint))
            for line in LoginView.wrap(message.text, width: inner, lines: 4) { lines.append((line, .strong)) }
        }
        if lines.isEmpty { lines = [("Messages sent to any number", .hint), ("show up here.", .hint)] }
        let visible = lines.suffix(rect.height - 2)
        for (index, line) in visible.enumerated() {
            canvas.put(line.0, row: rect.row + 1 + index, column: rect.column + 2, style: line.1)
        }
    }
}
