import Foundation
import PhoneAuthModel
import PhoneLoginFlow

extension LoginView {
    static func drawCode(_ flow: LoginFlow, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        guard let operation = flow.operation else { return }
        let left = box.column + 3, width = box.width - 6
        canvas.put("Code sent to ", row: box.row + 2, column: left, width: width, style: .normal)
        canvas.put(flow.numberRules.masked(operation.phone), row: box.row + 2, column: left + 13, width: width - 13, style: .strong)
        canvas.put("Code", row: box.row + 4, column: left, width: width, style: .label)
        let expired = flow.isExpired(at: now)
        let fieldWidth = min(16, width - 22)
        let cursor = drawField(flow.codeField, row: box.row + 4, column: left + 6, width: fieldWidth, locked: expired || flow.pending != nil, on: &canvas)
        let timer: String, timerStyle: TextStyle
        if expired {
            (timer, timerStyle) = ("Code expired", .error)
        } else {
            let left = Countdown.secondsLeft(until: operation.deadline, at: now)
            (timer, timerStyle) = ("expires in " + Countdown.text(seconds: left), left <= 30 ? .urgent : .normal)
        }
        canvas.put(timer, row: box.row + 4, column: left + width - timer.count, style: timerStyle)
        if let wait = flow.resendWait(at: now) {
            // In the plain style: this line changes every second, and a colour would cost its escape sequences each time.
            canvas.put("New code (R) in \(Countdown.text(seconds: wait))", row: box.row + 6, column: left, width: width, style: .normal)
        } else {
            canvas.put("Press R for a new code", row: box.row + 6, column: left, width: width, style: expired ? .strong : .hint)
        }
        if flow.settings.linkFlow, !expired {
            canvas.put(flow.settings.demo ? "…or follow the SMS link (L taps it)" : "…or follow the link in the SMS", row: box.row + 7, column: left, width: width, style: .hint)
        }
        if let frame = flow.spinnerFrame(at: now) {
            let doing = flow.pending?.kind == .confirm ? " Checking the code…" : " Sending a new code…"
            canvas.put(spinner[frame % spinner.count] + doing, row: box.row + 8, column: left, width: width, style: .normal)
        } else if let wait = flow.retryWait(at: now) {
            canvas.put("Try again in \(Countdown.text(seconds: wait))", row: box.row + 8, column: left, width: width, style: .urgent)
        }
        if !expired, flow.pending == nil { canvas.placeCursor(row: box.row + 4, column: cursor) }
    }

    static func drawSuccess(_ flow: LoginFlow, context: ViewContext, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        guard let result = flow.result else { return }
        let left = box.column + 3, width = box.width - 6
        canvas.put("✓ Signed in", row: box.row + 2, column: left, width: width, style: .success)
        let claims = result.claims
        let rows: [(String, String)] = [
            ("User", claims.subject),
            ("Mode", FlowWording.modeText(result)),
            ("Expires", expiryText(claims.expiresAt, now: context.wallClock)),
            ("Project", context.projectID ?? claims.projectID ?? "—"),
            ("Token", result.maskedToken + (result.signatureVerified ? "  (signature checked)" : "")),
        ]
        for (index, row) in rows.enumerated() {
            canvas.put(row.0, row: box.row + 4 + index, column: left, style: .label)
            canvas.put(row.1, row: box.row + 4 + index, column: left + 9, width: width - 9, style: .normal)
        }
    }

    /// "2026-11-22 20:41 UTC (in 24 h)".
    static func expiryText(_ date: Date, now: Date) -> String {
        let seconds = Int(date.timeIntervalSince(now))
        let relative: String
        if seconds <= 0 { relative = "expired" }
        else if seconds < 3_600 { relative = "in \(max(1, seconds / 60)) min" }
        else { relative = "in \((seconds + 1_800) / 3_600) h" }
        return ClockText.utcMinute(date) + " (\(relative))"
    }
}
