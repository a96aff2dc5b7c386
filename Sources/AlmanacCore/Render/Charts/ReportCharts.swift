/// Turns computed figures and records into the report's charts, so no charted number is ever typed by hand.
struct ReportCharts {
    let report: ParsedReport
    let figures: FigureTable
    /// Generic words (qualifiers, list joining, number words, dates, column headers) in the report's language.
    let strings: ReportStrings

    /// Theme and its figure, largest value first, ties in report order.
    private func ranked(_ key: String) -> [(theme: Theme, figure: Figure)] {
        report.themes.enumerated()
            .compactMap { offset, theme in figures["theme.\(theme.slug).\(key)"].map { (offset, theme, $0) } }
            .sorted { ($1.2.value, $0.0) < ($0.2.value, $1.0) }
            .map { ($0.1, $0.2) }
    }

    /// Share of the population that attended a learning activity, per theme.
    func reachByTheme(id: String = "chart-reach", headingLevel: Int = 3) -> BarChart? {
        let rows = ranked("pct_attended")
        guard !rows.isEmpty else { return nil }
        let population = report.settings.population.name
        var summary = Self.extremes(rows.map { ($0.theme.title, $0.figure.value, strings.formatted($0.figure)) },
                                    most: "reached the largest share of \(population)", least: "reached the smallest", strings: strings)
        let round = figures["round.pct_attended_event"]
        if let round, rows.count > 1 { summary += " Together, the themes reached \(strings.formatted(round))." }
        return BarChart(
            id: id, title: "Share of \(population) reached by each theme", summary: summary,
            labelHeader: strings.text("chart.header.theme"), valueHeader: "Share of \(population) that attended a learning activity",
            scale: .percent,
            bars: rows.map { .init(label: $0.theme.title, value: $0.figure.value, valueText: strings.formatted($0.figure)) },
            total: round.map { .init(label: "All themes together (each authority counted once)", valueText: strings.formatted($0)) },
            source: report.settings.statisticsSource, headingLevel: headingLevel)
    }

    /// Peer-peer projects started, per theme.
    func peerProjectsByTheme(id: String = "chart-peer-projects", headingLevel: Int = 3) -> BarChart? {
        let rows = ranked("peer_projects")
        guard !rows.isEmpty else { return nil }
        let round = figures["round.peer_projects"]
        let summary = Self.extremes(rows.map { ($0.theme.title, $0.figure.value, strings.formatted($0.figure)) },
                                    most: "started the most peer-peer projects", least: "started the fewest",
                                    outOf: round.map { "of the round’s \(strings.formatted($0))" }, strings: strings)
        return BarChart(
            id: id, title: "Peer-peer projects started in each theme", summary: summary,
            labelHeader: strings.text("chart.header.theme"), valueHeader: "Peer-peer projects", scale: .count,
            bars: rows.map { .init(label: $0.theme.title, value: $0.figure.value, valueText: strings.formatted($0.figure)) },
            total: round.map { .init(label: "All themes", valueText: strings.formatted($0)) },
            source: report.settings.statisticsSource, headingLevel: headingLevel)
    }

    /// Delegates at each of the theme's events that recorded a count, largest first; nil unless two or more did.
    func delegatesByEvent(in theme: Theme, headingLevel: Int = 3) -> BarChart? {
        let events = report.eventsByTheme[theme.slug] ?? []
        let counted = events.enumerated()
            .compactMap { offset, event in figures["event.\(event.id).delegates"].map { (offset, event, $0) } }
            .sorted { ($1.2.value, $0.0) < ($0.2.value, $1.0) }
        // One bar compares nothing: the event's card already gives its count.
        guard counted.count >= 2, let largest = counted.first else { return nil }
        func text(_ event: LearningEvent, _ figure: Figure) -> String {
            strings.count(figure.value, precision: event.precision)
        }
        var summary = "\(largest.1.title) drew the most delegates (\(text(largest.1, largest.2))) of the "
            + "\(strings.spelled(counted.count)) events with a delegate count."
        let uncounted = events.count - counted.count
        if uncounted > 0 {
            summary += " \(ChartText.sentenceStart(strings.spelled(uncounted))) other \(uncounted == 1 ? "event has" : "events have") no delegate count."
        }
        return BarChart(
            id: "chart-\(theme.slug)-delegates", title: "Delegates at each of this theme’s events", summary: summary,
            labelHeader: strings.text("chart.header.event"), valueHeader: strings.text("chart.header.delegates"),
            detailHeaders: [strings.text("chart.header.date")], scale: .count,
            bars: counted.map { _, event, figure in
                .init(label: event.title, value: figure.value, valueText: text(event, figure),
                      approximate: event.precision != .exact, details: [event.date.map(strings.date) ?? strings.text("chart.not_recorded")])
            },
            source: report.settings.statisticsSource, headingLevel: headingLevel)
    }

    /// "A reached the most: 54%. B reached the least: 5%.", naming every theme that ties.
    static func extremes(_ rows: [(name: String, value: Int, text: String)], most: String, least: String,
                         outOf whole: String? = nil, strings: ReportStrings) -> String {
        guard let top = rows.map(\.value).max(), let bottom = rows.map(\.value).min() else { return "" }
        let first = rows.filter { $0.value == top }
        let last = rows.filter { $0.value == bottom }
        let topText = first[0].text + (whole.map { " " + $0 } ?? "")
        if top == bottom {
            return rows.count == 1 ? "\(rows[0].name): \(topText)." : "Every theme has the same value: \(topText)."
        }
        return "\(strings.list(first.map(\.name))) \(most): \(topText). \(strings.list(last.map(\.name))) \(least): \(last[0].text)."
    }
}
