/// Where the parts of the screen go for a given size: the form, the SMS panel (beside or below), the notice.
public struct ScreenLayout: Equatable, Sendable {
    /// A rectangle of cells.
    public struct Rect: Equatable, Sendable {
        /// Top row, left column, width, height.
        public var row, column, width, height: Int
        /// The row below it.
        public var bottom: Int { row + height }
    }

    /// The smallest window the full-screen UI draws in.
    public static let minimumWidth = 48
    /// The smallest window height.
    public static let minimumHeight = 16
    /// The form box's height.
    static let formHeight = 11
    /// The SMS panel's narrowest width beside the form.
    static let panelWidth = 36

    /// The form box.
    public let form: Rect
    /// The SMS panel, if there is room for it (demo mode only).
    public let panel: Rect?
    /// Where notices go.
    public let notice: Rect

    /// Whether a window of this size is too small to draw in.
    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }

    /// Lays out a window; `withPanel` asks for the demo's SMS panel.
    public init(width: Int, height: Int, withPanel: Bool) {
        let formWidth = min(58, width - 4)
        let contentTop = 2
        if withPanel, width >= formWidth + Self.panelWidth + 6 {
            let total = formWidth + 2 + max(Self.panelWidth, min(50, width - formWidth - 6))
            let left = max(2, (width - total) / 2)
            form = Rect(row: contentTop, column: left, width: formWidth, height: Self.formHeight)
            let panelColumn = left + formWidth + 2
            panel = Rect(row: contentTop, column: panelColumn, width: min(50, width - panelColumn - 2), height: max(Self.formHeight, height - contentTop - 5))
            notice = Rect(row: form.bottom, column: left, width: formWidth, height: min(3, max(1, height - 1 - form.bottom)))
        } else {
            let left = max(2, (width - formWidth) / 2)
            form = Rect(row: contentTop, column: left, width: formWidth, height: Self.formHeight)
            notice = Rect(row: form.bottom, column: left, width: formWidth, height: min(3, max(1, height - 1 - form.bottom)))
            let panelTop = notice.bottom
            let panelHeight = height - 1 - panelTop
            panel = withPanel && panelHeight >= 4 ? Rect(row: panelTop, column: left, width: formWidth, height: panelHeight) : nil
        }
    }
}
