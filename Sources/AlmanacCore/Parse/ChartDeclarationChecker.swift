/// Checks that each declared chart plots a figure given per theme (cover) or per event (theme pages), and that
/// its total names a declared figure: a typo is a located error, never a chart silently left out.
enum ChartDeclarationChecker {
    static func check(_ declarations: FigureDeclarations, diagnostics: inout Diagnostics) {
        let grouped = declarations.figures.filter { $0.grouping != nil }
        let whole = declarations.figures.filter { $0.grouping == nil }.map(\.name)
        for chart in declarations.charts {
            let wanted: FigureDeclaration.Grouping = chart.place == .cover ? .theme : .event
            let candidates = grouped.filter { $0.grouping == wanted }.map(\.name)
            if !candidates.contains(chart.bars) {
                diagnostics.error("chart \"\(chart.id)\" plots \"\(chart.bars)\", which is not a figure declared per \(wanted.rawValue)",
                                  at: chart.location,
                                  hint: Suggestion.didYouMean(chart.bars, among: candidates)
                                    ?? "figures declared per \(wanted.rawValue): \(candidates.joined(separator: ", "))")
            }
            checkPlaceholders(chart, diagnostics: &diagnostics)
            if let total = chart.total, !whole.contains(total) {
                diagnostics.error("chart \"\(chart.id)\" has total \"\(total)\", which is not a declared figure", at: chart.location,
                                  hint: Suggestion.didYouMean(total, among: whole))
            }
        }
    }

    /// Words a chart's texts may put in braces, filled in when the chart is drawn.
    static let placeholders: Set<String> = ["most", "most_value", "least", "least_value", "total", "count", "missing",
                                            "value", "population"]

    private static func checkPlaceholders(_ chart: ChartDeclaration, diagnostics: inout Diagnostics) {
        let texts = [chart.title, chart.finding, chart.findingWhenEqual, chart.totalLabel, chart.labelHeader, chart.valueHeader]
            .compactMap { $0 } + (chart.missing.map { Array($0.forms.values) } ?? [])
        var reported: Set<String> = []
        for text in texts {
            for name in ReportStrings.placeholders(in: text) where !placeholders.contains(name) && reported.insert(name).inserted {
                diagnostics.error("chart \"\(chart.id)\" uses {\(name)}, which is not filled in", at: chart.location,
                                  hint: Suggestion.didYouMean(name, among: placeholders)
                                    ?? "chart texts may use \(placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))")
            }
        }
    }
}
