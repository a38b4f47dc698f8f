extension KioskLayout {
    /// What goes into the composition, top to bottom, and the rows it takes.
    struct Plan: Equatable {
        /// Whether there is a banner.
        var banner: Bool
        /// The title as drawn.
        var title: KioskTitle
        /// Blank rows: 2 after the banner and after the title, 1 after the title only, 0 none.
        var gaps: Int
        /// The notice's rows.
        var notice: Int
        /// The SMS panel's rows below the form (0: none or beside it).
        var panel: Int
        /// The big countdown's rows and the blank row above it (0: none).
        var countdown = 0

        /// The banner's rows and the blank row after it.
        var bannerHeight: Int { banner ? (gaps >= 2 ? 2 : 1) : 0 }
        /// The title's rows and the blank row after it.
        var titleHeight: Int { title.height + (gaps >= 1 && title.height > 0 ? 1 : 0) }
        /// All rows.
        var height: Int { bannerHeight + titleHeight + ScreenLayout.formHeight + notice + countdown + panel }

        /// The big countdown's rows and the blank row above it.
        static let countdownHeight = 1 + BlockFont.standard.height

        /// The largest plan within `available` rows: the largest title with blank rows round it, then with fewer blank
        /// rows (block letters always keep one below them), then the smallest title with a smaller notice and no
        /// panel below. Block letters twice the size need room for the big countdown too; the big countdown's rows
        /// (`countdown`) come last, when they fit.
        static func best(available: Int, banner: Bool, titles: [KioskTitle], panelBelow: Bool, countdown: Bool) -> Plan {
            var plan = best(available: available, banner: banner, titles: titles, panelBelow: panelBelow)
            if countdown, plan.notice == noticeHeight, plan.height + countdownHeight <= available { plan.countdown = countdownHeight }
            return plan
        }

        /// The largest plan without the big countdown.
        static func best(available: Int, banner: Bool, titles: [KioskTitle], panelBelow: Bool) -> Plan {
            let panel = panelBelow ? panelBelowHeights.lowerBound : 0
            let choices = titles.isEmpty ? [KioskTitle.plain("")] : titles
            let plans = choices.flatMap { title -> [Plan] in
                let gaps = if case .block = title { [2, 1] } else { [2, 1, 0] }
                return gaps.map { Plan(banner: banner, title: title, gaps: $0, notice: noticeHeight, panel: panel) }
            }
            // Block letters larger than the font's own only with room left for the code screen's countdown too.
            if let plan = plans.first(where: { $0.height + ($0.title.isEnlarged ? countdownHeight : 0) <= available }) { return plan }
            let text = choices.first { if case .block = $0 { false } else { true } } ?? choices[choices.count - 1]
            var smallest = Plan(banner: banner, title: text, gaps: 0, notice: 0, panel: 0)
            smallest.notice = min(noticeHeight, max(1, available - smallest.height))
            return smallest
        }
    }
}
