/// Checks each "at a glance" box item: its figure is declared (whole for the headlines, per theme for theme
/// boxes) and every `{placeholder}` in its text names a declared figure, `NAME:label` or `population`.
enum FigureBoxChecker {
    static func check(_ declarations: FigureDeclarations, diagnostics: inout Diagnostics) {
        let whole = declarations.figures.filter { $0.grouping == nil }.map(\.name)
        let perTheme = declarations.figures.filter { $0.grouping == .theme }.map(\.name)
        for (box, items) in declarations.boxes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let candidates = box.perTheme ? perTheme : whole
            for item in items {
                if !candidates.contains(item.figure) {
                    diagnostics.error("box \"\(box.rawValue)\" shows \"\(item.figure)\", which is not a figure declared "
                                      + (box.perTheme ? "per theme" : "for the whole report"), at: item.location,
                                      hint: Suggestion.didYouMean(item.figure, among: candidates))
                }
                let known = whole + (box.perTheme ? perTheme.map { "theme.\($0)" } : [])
                for text in item.text.forms.values.sorted() {
                    for name in ReportStrings.placeholders(in: text) {
                        let figure = name.hasSuffix(":label") ? String(name.dropLast(":label".count)) : name
                        guard figure != "population", !known.contains(figure) else { continue }
                        diagnostics.error("box \"\(box.rawValue)\" text uses {\(name)}, which names no declared figure",
                                          at: item.location, hint: Suggestion.didYouMean(figure, among: known + ["population"]))
                    }
                }
            }
        }
    }
}
