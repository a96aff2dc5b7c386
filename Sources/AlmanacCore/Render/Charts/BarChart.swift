/// The data of one horizontal bar chart, independent of how it is drawn: what the SVG and its table share.
struct BarChart: Sendable, Equatable {
    /// How bar lengths are scaled.
    enum Scale: Sendable, Equatable {
        /// Values are whole-number percentages drawn against a full 0–100% track.
        case percent
        /// Values are counts drawn against the largest value.
        case count
    }

    /// One bar: a label, its value and the text printed for the value.
    struct Bar: Sendable, Equatable {
        var label: String
        var value: Int
        /// As the reader sees it, e.g. "40%", "1,346" or "over 100".
        var valueText: String
        /// Drawn hatched and explained in a legend: the count is a minimum or an estimate.
        var approximate: Bool = false
        /// Further table cells after the label, one per `BarChart.detailHeaders` entry (e.g. a date).
        var details: [String] = []
        /// Worked out from illustrative records: marked in the table, explained under the finding.
        var illustrative = false
    }

    /// A closing table row, e.g. "All themes together" with the round's figure.
    struct Total: Sendable, Equatable {
        var label: String
        var valueText: String
        var illustrative = false
    }

    /// Unique within a page (and within the print version): every id in the chart starts with it.
    var id: String
    var title: String
    /// The main finding in one or two sentences; the SVG's description and the visible caption.
    var summary: String
    /// Column header for the labels, e.g. "Theme".
    var labelHeader: String
    /// Column header for the values, e.g. "Share of members reached".
    var valueHeader: String
    var detailHeaders: [String] = []
    var scale: Scale
    var bars: [Bar]
    var total: Total?
    /// Where the numbers come from, shown under the chart.
    var source: String
    /// Heading level of the chart's title (2–6), so the chart fits the page's outline.
    var headingLevel: Int = 3

    /// Whether any number in the chart was worked out from illustrative records, which needs the note.
    var hasIllustrativeValues: Bool { bars.contains(where: \.illustrative) || total?.illustrative == true }

    /// Whether any bar is a minimum or an estimate, which needs the legend.
    var hasApproximateBars: Bool { bars.contains(where: \.approximate) }

    /// The value bars are measured against: 100 for percentages, the largest value for counts.
    var scaleMaximum: Int {
        switch scale {
        case .percent: return 100
        case .count: return bars.map(\.value).max() ?? 0
        }
    }
}
