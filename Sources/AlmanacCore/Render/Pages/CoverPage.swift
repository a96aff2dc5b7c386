/// The cover (`index.html`): headline figures, declared-figure discrepancies, the contents and the cover's charts.
struct CoverPage: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        [PagePlan(slug: "index", title: "", template: "index", article: nil) { model, _ in
            let settings = model.report.settings
            var fields = model.common(title: settings.title, description: settings.strapline, url: "index.html")
            fields.merge(Self.fields(model, linkingTo: { ReportViewModel.url(forSlug: $0) }), uniquingKeysWith: { _, new in new })
            return model.finished(fields)
        }]
    }

    /// What the cover and the print version share; `link` gives the address of a page slug.
    static func fields(_ model: ReportViewModel, linkingTo link: (String) -> String) -> [String: TemplateValue] {
        let (report, figures, strings) = (model.report, model.figures, model.strings)
        // Each prefix of the report's whole-report figures (`round.` in Round 9, `year.` elsewhere) is a group.
        var fields: [String: TemplateValue] = [:]
        for prefix in model.wholeReportPrefixes where fields[prefix] == nil {
            fields[prefix] = model.figureGroup(prefix + ".", optional: model.optionalFigures(under: prefix + "."))
        }
        let discrepancies: [TemplateValue] = figures.ordered.compactMap { figure in
            guard let declared = figure.declared, declared.value != figure.value else { return nil }
            let note = report.settings.declared.first { $0.name == figure.name }?.note
            return .object(["name": .text(figure.name), "computed": .text(strings.formatted(figure)),
                            "declared": .text(strings.grouped(declared.value)), "source": .text(declared.source),
                            "source_sentence": .text(ChartText.sentenceStart(declared.source)),
                            "label": .text(figure.label.map { strings.label($0, count: declared.value) } ?? ""),
                            "note": .optionalText(note),
                            "rule": .text(RuleWording.describe(figure, strings: strings))])
        }
        fields["headlines"] = model.boxes.items(.headlines)
        fields["headlines_illustrative"] = .flag(model.boxes.anyIllustrative(.headlines))
        fields["discrepancies"] = .list(discrepancies)
        fields["has_discrepancies"] = .flag(!discrepancies.isEmpty)
        let pages: [TemplateValue] = report.pages.map { page in
            .object(["title": .text(page.title), "url": .text(link(page.slug)), "summary": .optionalText(page.summary)])
        }
        let themes: [TemplateValue] = report.themes.enumerated().map { offset, theme in
            .object(["title": .text(theme.title), "url": .text(link(theme.slug)), "summary": .text(theme.summary),
                     "order": .text(String(theme.order)), "number": .text(strings.grouped(offset + 1)),
                     // Built only for a template that shows them, once per theme (the cover and print version).
                     "glance": .deferred { model.figureGroup("theme.\(theme.slug).", optional: model.optionalThemeFigures) },
                     "card": .deferred { model.boxes.items(.themeCard, theme: theme.slug) }])
        }
        fields["pages"] = .list(pages)
        fields["themes"] = .list(themes)
        // A large report's contents in numbered runs under headings (ContentsGroups), one run each otherwise.
        fields["page_groups"] = model.pageGroups.value(pages)
        fields["pages_split"] = .flag(model.pageGroups.isSplit)
        fields["theme_groups"] = model.themeGroups.value(themes)
        fields["themes_split"] = .flag(model.themeGroups.isSplit)
        fields["cards_illustrative"] = .flag(report.themes.contains { model.boxes.anyIllustrative(.themeCard, theme: $0.slug) })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        fields["figures_url"] = .text(link("figures"))
        fields["accessibility_url"] = .text(link("accessibility"))
        // Drawn only when a template names them (sorting every theme is not free in a large report).
        let charts = LazyTemplateValue { [charts = model.charts] in
            .list(charts.coverCharts().map { .object(["html": .html(ChartFigure.render($0, strings: strings))]) })
        }
        fields["charts"] = .lazy(charts)
        fields["has_charts"] = .deferred { .flag(charts.value.forced != .list([])) }
        return fields
    }
}
