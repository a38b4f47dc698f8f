import PhoneAuthModel
import PhoneLoginFlow

extension LoginView {
    /// The phone form: the country (its name and calling code) above the number, grouped as the country writes it;
    /// while the country has the focus, the list it filters instead.
    static func drawPhone(_ flow: LoginFlow, at now: ContinuousClock.Instant, in box: ScreenLayout.Rect, on canvas: inout some Canvas) {
        let language = flow.settings.language
        let left = box.column + 3, width = box.width - 6
        if let picker = flow.picker, flow.focus == .country, flow.pending == nil {
            return drawCountryPicker(picker, row: box.row + 1, column: left, width: width, rows: box.height - 3, language: language, on: &canvas)
        }
        drawCountryLine(flow.numberRules.country, row: box.row + 1, column: left, width: width, language: language, on: &canvas)
        canvas.put(language.text(.phoneLabel), row: box.row + 2, column: left, width: width, style: .label)
        let shown = TextField.showing(flow.phoneShown, cursor: flow.phoneShownCursor)
        let cursor = drawField(shown, row: box.row + 3, column: left, width: width, locked: flow.pending != nil, on: &canvas)
        let rejection = flow.phoneRejection
        // The hint may take the row below it: a long sentence in a narrow window.
        let hint = FlowWording.phoneHint(for: rejection, country: flow.numberRules.country, in: language)
        for (index, line) in wrap(hint, width: width, lines: 2).enumerated() {
            canvas.put(line, row: box.row + 4 + index, column: left, width: width, style: rejection == nil ? .success : .hint)
        }
        if let frame = flow.spinnerFrame(at: now) {
            canvas.put(spinner[frame % spinner.count] + " " + language.text(.sendingCode), row: box.row + 6, column: left, width: width, style: .normal)
        } else if let wait = flow.retryWait(at: now) {
            canvas.put(language.text(.tryAgainIn, ["time": Countdown.text(seconds: wait)]), row: box.row + 6, column: left, width: width, style: .urgent)
        } else {
            for (index, line) in wrap(FlowWording.lifetimeNote(flow.settings.codeLifetime, in: language), width: width, lines: 2).enumerated() {
                canvas.put(line, row: box.row + 6 + index, column: left, width: width, style: .hint)
            }
        }
        if flow.pending == nil { canvas.placeCursor(row: box.row + 3, column: cursor) }
    }

    /// "Country  Germany (+49)            Tab: change".
    static func drawCountryLine(_ country: Country?, row: Int, column: Int, width: Int, language: Language = .english, on canvas: inout some Canvas) {
        let label = language.text(.countryLabel) + "  "
        canvas.put(label, row: row, column: column, width: width, style: .label)
        let value = country.map { FlowWording.countryName($0, in: language) } ?? language.text(.noCountry)
        canvas.put(value, row: row, column: column + label.cellWidth, width: width - label.cellWidth, style: country == nil ? .hint : .strong)
        let tab = language.text(.countryTabHint)
        if label.cellWidth + value.cellWidth + tab.cellWidth + 2 <= width {
            canvas.put(tab, row: row, column: column + width - tab.cellWidth, style: .hint)
        }
    }

    /// The country picker: its query in a field, then the matching countries, the highlighted one marked.
    static func drawCountryPicker(_ picker: CountryPicker, row: Int, column: Int, width: Int, rows: Int, language: Language = .english,
                                  on canvas: inout some Canvas) {
        let label = language.text(.countryLabel) + "  "
        canvas.put(label, row: row, column: column, width: width, style: .label)
        let cursor = drawField(picker.query, row: row, column: column + label.cellWidth, width: width - label.cellWidth, locked: false, on: &canvas)
        let listRows = max(1, rows - 2)
        guard !picker.matches.isEmpty else {
            for (index, line) in wrap(FlowWording.noCountryMatches(picker.query.text, in: language), width: width, lines: 2).enumerated() {
                canvas.put(line, row: row + 1 + index, column: column, width: width, style: .error)
            }
            canvas.placeCursor(row: row, column: cursor)
            return
        }
        let first = min(max(0, picker.selection - listRows + 1), max(0, picker.matches.count - listRows))
        for (offset, country) in picker.matches.dropFirst(first).prefix(listRows).enumerated() {
            let chosen = first + offset == picker.selection
            let code = "\(country.code)  +\(country.callingCode)"
            let name = country.name(in: language).prefix(cells: max(0, width - code.count - 4))
            let line = (chosen ? "▸ " : "  ") + name + String(repeating: " ", count: max(1, width - 2 - name.cellWidth - code.count)) + code
            canvas.put(line, row: row + 1 + offset, column: column, width: width, style: chosen ? .strong : .normal)
        }
        canvas.put(FlowWording.pickerHint(shown: min(listRows, picker.matches.count), of: picker.matches.count, in: language), row: row + rows - 1,
                   column: column, width: width, style: .hint)
        canvas.placeCursor(row: row, column: cursor)
    }
}
