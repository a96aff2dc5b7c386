/// Builds the "at a glance" boxes `figures.yaml` declares: each item's value as readers see it, its words in the
/// form that goes with the value, and the marks it carries (illustrative records, a note on the source's figure).
struct FigureBoxes {
    let report: ParsedReport
    let figures: FigureTable
    let strings: ReportStrings
    /// Notes on declared figures, by figure name, shown next to the figure wherever a box shows it.
    private let notes: [String: String]

    init(report: ParsedReport, figures: FigureTable, strings: ReportStrings) {
        self.report = report
        self.figures = figures
        self.strings = strings
        // A declared value that differs is explained in the cover's notice; a note on one that agrees (how the
        // source printed it) goes next to the figure.
        notes = Dictionary(report.settings.declared.compactMap { entry in
            guard let note = entry.note, figures[entry.name]?.value == entry.value else { return nil }
            return (entry.name, note)
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The items of `box` (for a theme box, of theme `slug`) whose figure was computed, in declaration order.
    func items(_ box: FigureBoxItem.Box, theme slug: String? = nil) -> TemplateValue {
        .list((report.declarations.boxes[box] ?? []).compactMap { item in
            let name = slug.map { "theme.\($0).\(item.figure)" } ?? item.figure
            guard let figure = figures[name] else { return nil }
            let text = strings.label(item.text, count: figure.value)
            return .object([
                "value": .text(strings.value(figure)),
                "text": .text(ReportStrings.fill(text, placeholders(in: text, theme: slug))),
                "illustrative": .flag(figure.illustrative),
                "note": .optionalText(notes[name]),
                "change": .optionalText(strings.change(figure, previousEdition: figures.previousEdition)),
            ])
        })
    }

    /// Values for `{NAME}`, `{NAME:label}` and `{population}`; `theme.NAME` means the theme's own figure.
    private func placeholders(in text: String, theme slug: String?) -> [String: String] {
        var values = ["population": report.settings.population.name]
        for written in ReportStrings.placeholders(in: text) {
            let isLabel = written.hasSuffix(":label")
            var name = isLabel ? String(written.dropLast(":label".count)) : written
            if let slug, name.hasPrefix("theme."), name.split(separator: ".").count == 2 {
                name = "theme.\(slug)." + name.dropFirst("theme.".count)
            }
            guard let figure = figures[name] else { continue }
            values[written] = isLabel ? figure.label.map { strings.label($0, count: figure.value) } ?? "" : strings.value(figure)
        }
        return values
    }

    /// Whether any figure the page shows in a box depends on illustrative records (the page then explains the mark).
    func anyIllustrative(_ box: FigureBoxItem.Box, theme slug: String? = nil) -> Bool {
        (report.declarations.boxes[box] ?? []).contains { item in
            figures[slug.map { "theme.\($0).\(item.figure)" } ?? item.figure]?.illustrative == true
        }
    }
}
