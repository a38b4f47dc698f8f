import Foundation
import PhoneAuthModel
import PhoneLoginFlow

extension LoginView {
    static func drawCode(_ flow: LoginFlow, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        guard let operation = flow.operation else { return }
        let language = flow.settings.language
        let left = box.column + 3, width = box.width - 6
        drawSentence(language.text(.codeSentTo, ["number": "\u{0}"]), filling: flow.numberRules.masked(operation.phone), row: box.row + 2, column: left,
                     width: width, on: &canvas)
        let label = language.text(.codeLabel)
        canvas.put(label, row: box.row + 4, column: left, width: width, style: .label)
        let expired = flow.isExpired(at: now)
        // The timer's room is kept for its widest wording, so the field does not jump when the code expires.
        let timerRoom = max(language.text(.expiresIn, ["time": "0:00"]).cellWidth, language.text(.codeExpired).cellWidth)
        let fieldColumn = left + label.cellWidth + 2
        let fieldWidth = max(4, min(16, width - label.cellWidth - 2 - timerRoom - 1))
        let cursor = drawField(flow.codeField, row: box.row + 4, column: fieldColumn, width: fieldWidth, locked: expired || flow.pending != nil, on: &canvas)
        let timer: String, timerStyle: TextStyle
        if expired {
            (timer, timerStyle) = (language.text(.codeExpired), .error)
        } else {
            let left = Countdown.secondsLeft(until: operation.deadline, at: now)
            (timer, timerStyle) = (language.text(.expiresIn, ["time": Countdown.text(seconds: left)]), left <= 30 ? .urgent : .normal)
        }
        let timerColumn = max(fieldColumn + fieldWidth + 1, left + width - timer.cellWidth)
        canvas.put(timer, row: box.row + 4, column: timerColumn, width: left + width - timerColumn, style: timerStyle)
        if let wait = flow.resendWait(at: now) {
            // In the plain style: this line changes every second, and a colour would cost its escape sequences each time.
            canvas.put(language.text(.newCodeIn, ["time": Countdown.text(seconds: wait)]), row: box.row + 6, column: left, width: width, style: .normal)
        } else {
            canvas.put(language.text(.pressRForNewCode), row: box.row + 6, column: left, width: width, style: expired ? .strong : .hint)
        }
        if flow.settings.linkFlow, !expired {
            canvas.put(language.text(flow.settings.demo ? .orTapLink : .orFollowLink), row: box.row + 7, column: left, width: width, style: .hint)
        }
        if let frame = flow.spinnerFrame(at: now) {
            let doing = language.text(flow.pending?.kind == .confirm ? .checkingCode : .sendingNewCode)
            canvas.put(spinner[frame % spinner.count] + " " + doing, row: box.row + 8, column: left, width: width, style: .normal)
        } else if let wait = flow.retryWait(at: now) {
            canvas.put(language.text(.tryAgainIn, ["time": Countdown.text(seconds: wait)]), row: box.row + 8, column: left, width: width, style: .urgent)
        }
        if !expired, flow.pending == nil { canvas.placeCursor(row: box.row + 4, column: cursor) }
    }

    /// Draws a sentence whose one placeholder (U+0000) is filled with `value` in bold, the rest in the plain style,
    /// within `width` cells: "Code sent to **+49 151 ••• 78**".
    static func drawSentence(_ sentence: String, filling value: String, row: Int, column: Int, width: Int, on canvas: inout some Canvas) {
        let parts = sentence.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var x = column
        for (index, part) in parts.enumerated() {
            if index > 0 {
                canvas.put(value, row: row, column: x, width: column + width - x, style: .strong)
                x += value.cellWidth
            }
            guard x < column + width else { return }
            canvas.put(part, row: row, column: x, width: column + width - x, style: .normal)
            x += part.cellWidth
        }
    }

    static func drawSuccess(_ flow: LoginFlow, context: ViewContext, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        guard let result = flow.result else { return }
        let language = flow.settings.language
        let left = box.column + 3, width = box.width - 6
        canvas.put(language.text(.signedInMark), row: box.row + 2, column: left, width: width, style: .success)
        let claims = result.claims
        let rows: [(String, String)] = [
            (language.text(.labelUser), claims.subject),
            (language.text(.labelMode), FlowWording.modeText(result, in: language)),
            (language.text(.labelExpires), expiryText(claims.expiresAt, now: context.wallClock, in: language)),
            (language.text(.labelProject), context.projectID ?? claims.projectID ?? "—"),
            (language.text(.labelToken), result.maskedToken + (result.signatureVerified ? "  " + language.text(.signatureChecked) : "")),
        ]
        let valueColumn = left + (rows.map(\.0.cellWidth).max() ?? 7) + 2
        for (index, row) in rows.enumerated() {
            canvas.put(row.0, row: box.row + 4 + index, column: left, width: width, style: .label)
            canvas.put(row.1, row: box.row + 4 + index, column: valueColumn, width: left + width - valueColumn, style: .normal)
        }
    }

    /// "2026-11-22 20:41 UTC (in 24 h)".
    static func expiryText(_ date: Date, now: Date, in language: Language = .english) -> String {
        let seconds = Int(date.timeIntervalSince(now))
        let relative: String
        if seconds <= 0 { relative = language.text(.expiryPast) }
        else if seconds < 3_600 { relative = language.text(.expiryMinutes, ["count": String(max(1, seconds / 60))]) }
        else { relative = language.text(.expiryHours, ["count": String((seconds + 1_800) / 3_600)]) }
        return ClockText.utcMinute(date) + " (\(relative))"
    }
}
