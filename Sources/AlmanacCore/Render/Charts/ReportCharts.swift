/// Turns the charts `figures.yaml` declares into bar charts of computed figures, so no charted number is ever
/// typed by hand and a new chart of existing figures needs no Swift change.
struct ReportCharts {
    let report: ParsedReport
    let figures: FigureTable
    /// Generic words (qualifiers, list joining, number words, dates, column headers) in the report's language.
    let strings: ReportStrings

    /// The cover's charts, one bar per theme, in declaration order; a chart with too few bars is left out.
    func coverCharts() -> [BarChart] {
        report.declarations.charts.filter { $0.place == .cover }.compactMap { chart in
            let rows = report.themes.enumerated().compactMap { offset, theme in
                figures["theme.\(theme.slug).\(chart.bars)"].map { Row(order: offset, label: theme.title, figure: $0, details: []) }
            }
            return build(chart, rows: rows, missing: report.themes.count - rows.count, id: "chart-\(chart.id)", details: [])
        }
    }

    /// A theme page's charts, one bar per event of the theme.
    func themeCharts(_ theme: Theme) -> [BarChart] {
        let events = report.eventsByTheme[theme.slug] ?? []
        return report.declarations.charts.filter { $0.place == .theme }.compactMap { chart in
            let rows = events.enumerated().compactMap { offset, event -> Row? in
                guard let id = event.text("id"), let figure = figures["event.\(id).\(chart.bars)"] else { return nil }
                return Row(order: offset, label: event.text("title") ?? id, figure: figure,
                           details: [event.date("date").map(strings.date) ?? strings.text("chart.not_recorded")])
            }
            return build(chart, rows: rows, missing: events.count - rows.count, id: "chart-\(theme.slug)-\(chart.id)",
                         details: [strings.text("chart.header.date")])
        }
    }

    /// One bar before sorting: its place in report order keeps ties stable.
    private struct Row {
        var order: Int
        var label: String
        var figure: Figure
        var details: [String]
    }

    private func build(_ chart: ChartDeclaration, rows: [Row], missing: Int, id: String, details: [String]) -> BarChart? {
        guard rows.count >= chart.minimumBars, !rows.isEmpty else { return nil }
        let sorted = rows.sorted { ($1.figure.value, $0.order) < ($0.figure.value, $1.order) }
        let total = chart.total.flatMap { figures[$0] }
        var values = ["population": report.settings.population.name, "count": strings.spelled(rows.count),
                      "missing": strings.spelled(missing), "total": total.map(strings.value) ?? ""]
        let top = sorted[0].figure.value, bottom = sorted[sorted.count - 1].figure.value
        values["most"] = strings.list(sorted.filter { $0.figure.value == top }.map(\.label))
        values["most_value"] = strings.value(sorted[0].figure)
        values["least"] = strings.list(sorted.filter { $0.figure.value == bottom }.map(\.label))
        values["least_value"] = strings.value(sorted[sorted.count - 1].figure)
        values["value"] = values["most_value"]
        var summary: String
        if top == bottom && sorted.count > 1 {
            summary = Self.fill(chart.findingWhenEqual ?? strings.text("chart.finding_when_equal"), values)
        } else {
            summary = Self.fill(chart.finding, values)
        }
        if missing > 0, let sentence = chart.missing {
            summary += " " + ChartText.sentenceStart(Self.fill(sentence.form(missing == 1 ? "one" : "other"), values))
        }
        let firstUnit = sorted[0].figure.unit
        return BarChart(
            id: id, title: Self.fill(chart.title, values), summary: summary,
            labelHeader: Self.fill(chart.labelHeader, values), valueHeader: Self.fill(chart.valueHeader, values),
            detailHeaders: details, scale: firstUnit == .percent ? .percent : .count,
            bars: sorted.map { row in
                .init(label: row.label, value: row.figure.value, valueText: strings.value(row.figure),
                      approximate: row.figure.precision != .exact, details: row.details, illustrative: row.figure.illustrative)
            },
            total: total.map { .init(label: Self.fill(chart.totalLabel ?? strings.text("chart.total"), values), valueText: strings.value($0), illustrative: $0.illustrative) },
            source: report.settings.statisticsSource, headingLevel: 3)
    }

    /// The text with each `{name}` replaced by its value; unknown names are left as written.
    static func fill(_ text: String, _ values: [String: String]) -> String { ReportStrings.fill(text, values) }
}
