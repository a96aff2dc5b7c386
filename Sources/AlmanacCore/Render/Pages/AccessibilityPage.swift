/// The accessibility statement, filled in from the report's settings and what the build produced.
struct AccessibilityPage: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        let title = model.strings.text("nav.accessibility_statement")
        return [PagePlan(slug: "accessibility", title: title, template: "accessibility", article: "accessibility-article") { model, _ in
            var fields = model.common(title: title, description: model.strings.text("page.accessibility.description"),
                                      url: "accessibility.html")
            fields["statement"] = Self.statement(model)
            return model.finished(fields)
        }]
    }

    /// Number of HTML pages the site has: cover, free pages, themes, figures, accessibility and print.
    static func pageCount(_ report: ParsedReport) -> Int { 1 + report.pages.count + report.themes.count + 3 }

    static func statement(_ model: ReportViewModel) -> TemplateValue {
        let (report, strings, charts) = (model.report, model.strings, model.charts)
        let themeCharts = report.themes.map { charts.themeCharts($0).count }
        return .object([
            "page_count": .text(strings.grouped(pageCount(report))),
            "chart_count": .text(strings.grouped(charts.coverCharts().count + themeCharts.reduce(0, +))),
            "theme_count": .text(strings.grouped(report.themes.count)),
            "theme_chart_pages": .text(strings.grouped(themeCharts.filter { $0 > 0 }.count)),
            "figure_count": .text(strings.grouped(model.figures.count)),
        ])
    }
}
