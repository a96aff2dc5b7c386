/// Names a figure's sources the way readers know them ("Activity log", "Theme write-ups") from the titles
/// model.yaml gives the record sets (written to follow "from"), as one sentence-started list; the data downloads
/// keep the file paths.
enum SourceWording {
    static func describe(_ figure: Figure, model: ReportModel, strings: ReportStrings) -> String {
        guard let declaration = figure.declaration else { return figure.source }
        var titles: [String] = []
        func add(_ title: String) { if !titles.contains(title) { titles.append(title) } }
        for set in declaration.rule.sets {
            if set == "themes" {
                add(strings.text("figures.source.themes"))
            } else if set == model.listing?.key {
                add(model.listing?.title ?? strings.text("figures.source.themes"))
            } else {
                add(model.recordSet(set)?.title ?? strings.text("figures.source.records", ["set": set]))
            }
        }
        if followsRegister(declaration.rule) {
            add(model.register.title ?? strings.text("figures.source.register"))
        }
        return ChartText.sentenceStart(strings.list(titles))
    }

    private static func followsRegister(_ rule: FigureRule) -> Bool {
        switch rule {
        case .count(_, let filters), .sum(_, _, let filters): return filters.contains { $0.path.count == 2 }
        case .share(let sources): return sources.contains { $0.filters.contains { $0.path.count == 2 } }
        case .measures: return false
        }
    }
}
