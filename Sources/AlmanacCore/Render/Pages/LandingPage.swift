/// The landing page of a site of several editions: every edition newest first with its headline figures, and
/// for each whole-report figure that two or more editions count the same way, a chart of it edition by edition.
enum LandingPage {
    typealias Built = (slug: String, report: ParsedReport, figures: FigureTable)

    /// `editions` oldest first; `strings` are the newest edition's.
    static func value(_ editions: [Built], strings: ReportStrings) -> TemplateValue {
        guard let newest = editions.last else { return .missing }
        let settings = newest.report.settings
        var fields: [String: TemplateValue] = [
            "report": .object(["language": .text(strings.language), "publisher": .text(settings.publisher),
                               "edition_count": .text(strings.grouped(editions.count))]),
            "page": .object(["title": .text(strings.text("landing.title", ["publisher": settings.publisher])),
                             "description": .text(strings.text("landing.description", ["publisher": settings.publisher]))]),
            "editions": .list(editions.reversed().map { edition in
                let boxes = FigureBoxes(report: edition.report, figures: edition.figures, strings: strings)
                return .object(["edition": .text(edition.report.settings.edition), "title": .text(edition.report.settings.title),
                                "period": .text(edition.report.settings.period), "url": .text("\(edition.slug)/index.html"),
                                "headlines": boxes.items(.headlines)])
            }),
        ]
        let trends = self.trends(editions, strings: strings)
        fields["trends"] = .list(trends.map { .object(["html": .html(ChartFigure.render($0, strings: strings))]) })
        fields["has_trends"] = .flag(!trends.isEmpty)
        fields["strings"] = StringsTemplateValue.make(strings, page: fields)
        return .object(fields)
    }

    /// A chart per whole-report figure of the newest edition that two or more editions count the same way.
    static func trends(_ editions: [Built], strings: ReportStrings) -> [BarChart] {
        guard let newest = editions.last else { return [] }
        return newest.report.declarations.figures.filter { $0.grouping == nil }.compactMap { declaration in
            let points = editions.compactMap { edition -> (String, Figure)? in
                guard let figure = edition.figures[declaration.name], figure.declaration?.definition == declaration.definition else { return nil }
                return (edition.report.settings.edition, figure)
            }
            guard points.count >= 2, let first = points.first, let last = points.last else { return nil }
            let label = strings.label(declaration.label, count: last.1.value)
            let values = ["label": label, "first_edition": first.0, "first": strings.value(first.1),
                          "last_edition": last.0, "last": strings.value(last.1)]
            return BarChart(
                id: "trend-" + ChartText.idFragment(declaration.name), title: ChartText.sentenceStart(strings.text(last.1.unit == .percent ? "landing.trend_title_percent" : "landing.trend_title", values)),
                summary: strings.text("landing.trend_finding", values), labelHeader: strings.text("landing.header.edition"),
                valueHeader: ChartText.sentenceStart(label), scale: last.1.unit == .percent ? .percent : .count,
                bars: points.map { .init(label: $0.0, value: $0.1.value, valueText: strings.value($0.1),
                                         approximate: $0.1.precision != .exact, illustrative: $0.1.illustrative) },
                source: newest.report.settings.statisticsSource, headingLevel: 3)
        }
    }
}
