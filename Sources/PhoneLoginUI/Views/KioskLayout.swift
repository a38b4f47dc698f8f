/// Where a kiosk screen's parts go: a centred title and form, the notice under it, the demo's SMS panel.
public struct KioskLayout: Equatable, Sendable {
    /// The widest the form gets.
    static let maximumFormWidth = 64

    /// The title's row.
    public let titleRow: Int
    /// The form box (the prompt and the success screen use it too).
    public let form: ScreenLayout.Rect
    /// Where notices go.
    public let notice: ScreenLayout.Rect
    /// The SMS panel (demo mode), beside the form on wide windows, below it when there is room.
    public let panel: ScreenLayout.Rect?

    /// Lays out a window (at least `ScreenLayout.minimumWidth`×`minimumHeight`); `withPanel` asks for the SMS panel.
    public init(width: Int, height: Int, withPanel: Bool) {
        let beside = withPanel && width >= ScreenLayout.minimumWidth + ScreenLayout.panelWidth + 6
        let formWidth = beside ? min(Self.maximumFormWidth, width - ScreenLayout.panelWidth - 6) : min(Self.maximumFormWidth, width - 4)
        let available = height - 2
        let roomy = available >= ScreenLayout.formHeight + 5
        let noticeHeight = roomy ? 3 : max(1, available - ScreenLayout.formHeight - 1)
        let block = 1 + (roomy ? 1 : 0) + ScreenLayout.formHeight + noticeHeight
        let panelBelow = withPanel && !beside && available - block >= 4
        let top = panelBelow ? 1 : 1 + max(0, (available - block) / 2)
        let panelWidth = beside ? min(50, width - formWidth - 6) : 0
        let left = max(2, (width - formWidth - (beside ? panelWidth + 2 : 0)) / 2)
        titleRow = top
        form = ScreenLayout.Rect(row: top + 1 + (roomy ? 1 : 0), column: left, width: formWidth, height: ScreenLayout.formHeight)
        notice = ScreenLayout.Rect(row: form.bottom, column: left, width: formWidth, height: noticeHeight)
        if beside {
            panel = ScreenLayout.Rect(row: form.row, column: left + formWidth + 2, width: panelWidth, height: height - 1 - form.row)
        } else if panelBelow {
            panel = ScreenLayout.Rect(row: notice.bottom, column: left, width: formWidth, height: height - 1 - notice.bottom)
        } else {
            panel = nil
        }
    }
}
