/// The generated pages that are not written by authors: the accessibility statement and the print version.
extension ReportViewModel {
    /// Number of HTML pages the site has: cover, free pages, themes, figures, accessibility and print.
    var pageCount: Int { 1 + report.pages.count + report.themes.count + 3 }

    /// Charts on each theme page, in report order.
    var themeChartCounts: [Int] { report.themes.map { charts.themeCharts($0).count } }

    /// The accessibility statement, filled in from the report's settings and what the build produced.
    func accessibility() -> TemplateValue {
        var fields = common(title: strings.text("nav.accessibility_statement"),
                            description: strings.text("page.accessibility.description"), url: "accessibility.html")
        fields["statement"] = statementFields()
        return finished(fields)
    }

    func statementFields() -> TemplateValue {
        let themeCharts = themeChartCounts
        return .object([
            "page_count": .text(strings.grouped(pageCount)),
            "chart_count": .text(strings.grouped(charts.coverCharts().count + themeCharts.reduce(0, +))),
            "theme_count": .text(strings.grouped(report.themes.count)),
            "theme_chart_pages": .text(strings.grouped(themeCharts.filter { $0 > 0 }.count)),
            "figure_count": .text(strings.grouped(figures.count)),
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
