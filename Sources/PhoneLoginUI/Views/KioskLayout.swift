/// Where a kiosk screen's parts go: the banner, the title, the form with its notice under it, the demo's SMS panel;
/// the whole composition centred between the demo bar (the top row, demo mode only) and the key help (the bottom row).
public struct KioskLayout: Equatable, Sendable {
    /// The widest the form gets.
    static let maximumFormWidth = 64
    /// The notice's rows when there is room.
    static let noticeHeight = 3
    /// The SMS panel's rows below the form: the smallest that shows a message, the most it grows to.
    static let panelBelowHeights = 5...10

    /// The banner's row, if there is a banner.
    public let bannerRow: Int?
    /// The title as it fits (block letters when there is room).
    public let title: KioskTitle
    /// The title's first row.
    public let titleRow: Int
    /// The form box (the prompt and the success screen use it too).
    public let form: ScreenLayout.Rect
    /// Where notices go.
    public let notice: ScreenLayout.Rect
    /// The SMS panel (demo mode), beside the form on wide windows, below it when there is room.
    public let panel: ScreenLayout.Rect?
    /// Where the code screen's countdown goes in block letters, across the window under the notice, if asked for and
    /// there is room.
    public let countdown: ScreenLayout.Rect?
    /// The rows the composition takes: from the banner (or the title) to the last of the notice, the big countdown or
    /// the panel below.
    public let rows: Range<Int>

    /// Lays out a window (at least `ScreenLayout.minimumWidth`×`minimumHeight`). `demo` keeps the top row for the demo
    /// bar and asks for the SMS panel; `titles` are the title's choices, largest first (`KioskTitle.choices`): the first
    /// that fits with everything else is taken, with blank rows round it when there is room. `countdown` asks for
    /// room for a countdown in block letters (the code screen), given only when all else fits.
    public init(width: Int, height: Int, demo: Bool, banner: Bool, titles: [KioskTitle], countdown: Bool = false) {
        let first = demo ? 1 : 0
        let available = height - 1 - first
        let beside = demo && width >= ScreenLayout.minimumWidth + ScreenLayout.panelWidth + 6
        let formWidth = beside ? min(Self.maximumFormWidth, width - ScreenLayout.panelWidth - 6) : min(Self.maximumFormWidth, width - 4)
        let panelWidth = beside ? min(50, width - formWidth - 6) : 0
        let plan = Plan.best(available: available, banner: banner, titles: titles, panelBelow: demo && !beside, countdown: countdown)
        var spare = max(0, available - plan.height)
        let grown = min(spare, plan.panel > 0 ? Self.panelBelowHeights.upperBound - plan.panel : 0)
        spare -= grown
        let top = first + spare / 2
        let left = max(2, (width - formWidth - (beside ? panelWidth + 2 : 0)) / 2)
        bannerRow = banner ? top : nil
        title = plan.title
        titleRow = top + plan.bannerHeight
        form = ScreenLayout.Rect(row: titleRow + plan.titleHeight, column: left, width: formWidth, height: ScreenLayout.formHeight)
        notice = ScreenLayout.Rect(row: form.bottom, column: left, width: formWidth, height: plan.notice)
        self.countdown = plan.countdown > 0
            ? ScreenLayout.Rect(row: notice.bottom + plan.countdown - BlockFont.standard.height, column: 0, width: width, height: BlockFont.standard.height)
            : nil
        let below = notice.bottom + plan.countdown
        if beside {
            panel = ScreenLayout.Rect(row: form.row, column: left + formWidth + 2, width: panelWidth, height: form.height + notice.height)
        } else if plan.panel > 0 {
            panel = ScreenLayout.Rect(row: below, column: left, width: formWidth, height: plan.panel + grown)
        } else {
            panel = nil
        }
        rows = top..<max(below, panel?.bottom ?? below)
    }
}
