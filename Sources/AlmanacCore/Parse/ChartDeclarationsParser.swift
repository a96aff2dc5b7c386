import Yams

/// Reads the `charts:` list of `figures.yaml`; figure names are checked against the declarations later.
enum ChartDeclarationsParser {
    static func parse(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [ChartDeclaration] {
        guard case .sequence(let items) = node else {
            diagnostics.error("\"charts\" must be a list of chart declarations", at: document.location(node))
            return []
        }
        var ids: [String: SourceLocation] = [:]
        return items.compactMap { item in
            guard let chart = chart(item, document, &diagnostics) else { return nil }
            if let first = ids[chart.id] {
                diagnostics.error("chart id \"\(chart.id)\" is used twice (first at \(first))", at: chart.location)
                return nil
            }
            ids[chart.id] = chart.location
            return chart
        }
    }

    private static func chart(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> ChartDeclaration? {
        guard let fields = YAMLFields(node, in: document, what: "chart",
                                      required: ["id", "place", "bars", "title", "finding", "label_header", "value_header"],
                                      optional: ["total", "total_label", "finding_when_equal", "missing", "minimum_bars"],
                                      diagnostics: &diagnostics),
              let id = fields.identifier("id", diagnostics: &diagnostics),
              let placeWord = fields.text("place", diagnostics: &diagnostics),
              let bars = fields.identifier("bars", diagnostics: &diagnostics),
              let title = fields.text("title", diagnostics: &diagnostics),
              let finding = fields.text("finding", diagnostics: &diagnostics),
              let labelHeader = fields.text("label_header", diagnostics: &diagnostics),
              let valueHeader = fields.text("value_header", diagnostics: &diagnostics) else { return nil }
        guard let place = ChartDeclaration.Place(rawValue: placeWord) else {
            diagnostics.error("\"place\" must be cover (a bar per theme) or theme (a bar per event), not \"\(placeWord)\"",
                              at: fields.location("place"))
            return nil
        }
        let missing = fields.node("missing").flatMap {
            FigureDeclarationsParser.pluralText($0, field: "missing", document, &diagnostics)
        }
        let minimum = fields.count("minimum_bars", diagnostics: &diagnostics) ?? 1
        return ChartDeclaration(
            id: id, place: place, bars: bars, total: fields.text("total", diagnostics: &diagnostics),
            totalLabel: fields.text("total_label", diagnostics: &diagnostics), title: title, finding: finding,
            findingWhenEqual: fields.text("finding_when_equal", diagnostics: &diagnostics), missing: missing,
            labelHeader: labelHeader, valueHeader: valueHeader, minimumBars: max(1, minimum), location: fields.location("id"))
    }
}
