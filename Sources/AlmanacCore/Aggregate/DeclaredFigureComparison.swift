/// Compares figures a source declares with the computed ones: differences are warned about, never hidden.
enum DeclaredFigureComparison {
    /// `notComputed` names declared figures whose records are missing: a declared value may stand in for them.
    static func apply(_ declared: [DeclaredFigure], to table: inout FigureTable, notComputed: Set<String>,
                      diagnostics: inout Diagnostics) {
        var seen: Set<String> = []
        for entry in declared {
            guard seen.insert(entry.name).inserted else {
                diagnostics.error("figure \"\(entry.name)\" is declared twice", at: entry.location)
                continue
            }
            guard var figure = table[entry.name] else {
                if table.withheld.contains(entry.name) {
                    continue  // its declaration's error is reported in figures.yaml
                } else if notComputed.contains(entry.name) {
                    table.add(Figure(name: entry.name, value: entry.value, unit: .count,
                                     rule: "declared, not computed: its records are missing", source: entry.source,
                                     declared: DeclaredValue(value: entry.value, source: entry.source)))
                } else {
                    diagnostics.error("unknown figure \"\(entry.name)\" in declared figures", at: entry.location,
                                      hint: Suggestion.didYouMean(entry.name, among: table.names + notComputed))
                }
                continue
            }
            figure.declared = DeclaredValue(value: entry.value, source: entry.source)
            table.add(figure)
            if figure.value != entry.value {
                diagnostics.warning(
                    "\(entry.name) is declared as \(entry.value) (\(entry.source)) but computes to \(figure.value) (\(figure.ruleWithCounts); \(figure.source)); the report prints \(figure.value) and notes the declared value",
                    at: entry.location)
            }
        }
    }
}
