import PhoneAuthModel
import PhoneLoginFlow

extension LoginView {
    /// The phone form: the country (its name and calling code) above the number, grouped as the country writes it;
    /// while the country has the focus, the list it filters instead.
    static func drawPhone(_ flow: LoginFlow, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        let left = box.column + 3, width = box.width - 6
        if let picker = flow.picker, flow.focus == .country, flow.pending == nil {
            return drawCountryPicker(picker, row: box.row + 1, column: left, width: width, rows: box.height - 3, on: &canvas)
        }
        drawCountryLine(flow.numberRules.country, row: box.row + 1, column: left, width: width, on: &canvas)
        canvas.put(FlowWording.phoneLabel, row: box.row + 2, column: left, width: width, style: .label)
        let shown = TextField.showing(flow.phoneShown, cursor: flow.phoneShownCursor)
        let cursor = drawField(shown, row: box.row + 3, column: left, width: width, locked: flow.pending != nil, on: &canvas)
        let rejection = flow.phoneRejection
        canvas.put(FlowWording.phoneHint(for: rejection, country: flow.numberRules.country), row: box.row + 4, column: left, width: width,
                   style: rejection == nil ? .success : .hint)
        if let frame = flow.spinnerFrame(at: now) {
            canvas.put(spinner[frame % spinner.count] + " Sending a code…", row: box.row + 6, column: left, width: width, style: .normal)
        } else if let wait = flow.retryWait(at: now) {
            canvas.put("Try again in \(Countdown.text(seconds: wait))", row: box.row + 6, column: left, width: width, style: .urgent)
        } else {
            canvas.put(FlowWording.lifetimeNote(flow.settings.codeLifetime), row: box.row + 6, column: left, width: width, style: .hint)
        }
        if flow.pending == nil { canvas.placeCursor(row: box.row + 3, column: cursor) }
    }

    /// "Country  Germany (+49)            Tab: change".
    static func drawCountryLine(_ country: Country?, row: Int, column: Int, width: Int, on canvas: inout some Canvas) {
        let label = FlowWording.countryLabel + "  "
        canvas.put(label, row: row, column: column, width: width, style: .label)
        let value = country.map(FlowWording.countryName) ?? FlowWording.noCountry
        canvas.put(value, row: row, column: column + label.count, width: width - label.count, style: country == nil ? .hint : .strong)
        let tab = FlowWording.countryTabHint
        if label.count + value.count + tab.count + 2 <= width {
            canvas.put(tab, row: row, column: column + width - tab.count, style: .hint)
        }
    }

    /// The country picker: its query in a field, then the matching countries, the highlighted one marked.
    static func drawCountryPicker(_ picker: CountryPicker, row: Int, column: Int, width: Int, rows: Int, on canvas: inout some Canvas) {
        let label = FlowWording.countryLabel + "  "
        canvas.put(label, row: row, column: column, width: width, style: .label)
        let cursor = drawField(picker.query, row: row, column: column + label.count, width: width - label.count, locked: false, on: &canvas)
        let listRows = max(1, rows - 2)
        guard !picker.matches.isEmpty else {
            canvas.put(FlowWording.noCountryMatches(picker.query.text), row: row + 1, column: column, width: width, style: .error)
            canvas.placeCursor(row: row, column: cursor)
            return
        }
        let first = min(max(0, picker.selection - listRows + 1), max(0, picker.matches.count - listRows))
        for (offset, country) in picker.matches.dropFirst(first).prefix(listRows).enumerated() {
            let chosen = first + offset == picker.selection
            let code = "\(country.code)  +\(country.callingCode)"
            let name = String(country.name.prefix(max(0, width - code.count - 4)))
            let line = (chosen ? "▸ " : "  ") + name + String(repeating: " ", count: max(1, width - 2 - name.count - code.count)) + code
            canvas.put(line, row: row + 1 + offset, column: column, width: width, style: chosen ? .strong : .normal)
        }
        canvas.put(FlowWording.pickerHint(shown: min(listRows, picker.matches.count), of: picker.matches.count), row: row + rows - 1,
                   column: column, width: width, style: .hint)
        canvas.placeCursor(row: row, column: cursor)
    }
}
