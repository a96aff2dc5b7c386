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
            if let total = chart.total, !whole.contains(total) {
                diagnostics.error("chart \"\(chart.id)\" has total \"\(total)\", which is not a declared figure", at: chart.location,
                                  hint: Suggestion.didYouMean(total, among: whole))
            }
        }
    }
}
