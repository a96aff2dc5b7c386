/// The generated pages that are not written by authors: the accessibility statement and the print version.
extension ReportViewModel {
    /// Number of HTML pages the site has: cover, free pages, themes, figures, accessibility and print.
    var pageCount: Int { 1 + report.pages.count + report.themes.count + 3 }

    /// Themes whose page has a delegates chart (two or more events with a delegate count).
    var delegateChartCount: Int { report.themes.filter { charts.delegatesByEvent(in: $0) != nil }.count }

    /// Charts drawn for the report: the cover's two and `delegateCharts` on theme pages.
    func chartCount(delegateCharts: Int) -> Int {
        [charts.reachByTheme() != nil, charts.peerProjectsByTheme() != nil].filter { $0 }.count + delegateCharts
    }

    /// The accessibility statement, filled in from the report's settings and what the build produced.
    func accessibility() -> TemplateValue {
        var fields = common(title: strings.text("nav.accessibility_statement"),
                            description: strings.text("page.accessibility.description"), url: "accessibility.html")
        fields["statement"] = statementFields()
        return finished(fields)
    }

    func statementFields() -> TemplateValue {
        let withoutDelegates = report.events.filter { $0.delegates == nil }.count
        let delegateCharts = delegateChartCount
        return .object([
            "page_count": .text(strings.grouped(pageCount)),
            "chart_count": .text(strings.grouped(chartCount(delegateCharts: delegateCharts))),
            "theme_count": .text(strings.grouped(report.themes.count)),
            "delegate_chart_count": .text(strings.grouped(delegateCharts)),
            "figure_count": .text(strings.grouped(figures.count)),
            "events_without_delegates": .text(strings.grouped(withoutDelegates)),
            "has_events_without_delegates": .flag(withoutDelegates > 0),
        ])
    }

    /// The whole report in one document for printing; `document` holds every page's article in order and
    /// `generated` every file of the site, so links can be checked against it.
    func printVersion(_ document: PrintDocument, generated: Set<String>) -> TemplateValue {
        var fields = common(title: strings.text("nav.print"),
                            description: strings.text("page.print.description", ["title": report.settings.title]), url: "print.html")
        fields.merge(cover(linkingTo: { "#" + PrintDocument.anchor(forSlug: $0) }), uniquingKeysWith: { _, new in new })
        fields["sections"] = .list(document.relinkedSections(generated: generated).map { section in
            .object(["anchor": .text(PrintDocument.anchor(forSlug: section.slug)), "title": .text(section.title),
                     "html": .html(section.html), "is_theme": .flag(section.isTheme)])
        })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        return finished(fields)
    }
}
