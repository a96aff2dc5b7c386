/// "About the figures", for readers: every figure grouped by what it describes (the whole report, each theme and
/// its events), each with its value and label, how it was counted, where it comes from and whether it was worked
/// out from illustrative records. The machine-readable table stays in data/figures.csv and data/figures.json.
struct FiguresPage: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        [PagePlan(slug: "figures", title: model.strings.text("nav.figures"), template: "figures", article: "figures-article") { model, _ in
            let strings = model.strings
            var fields = model.common(title: strings.text("nav.figures"), description: strings.text("page.figures.description"),
                                      url: "figures.html")
            fields["groups"] = .deferred { .list(Self.groups(model)) }
            fields["figure_count"] = .text(strings.grouped(model.figures.count))
            fields["has_illustrative"] = .flag(model.figures.ordered.contains(where: \.illustrative))
            let previous = model.figures.previousEdition ?? ""
            fields["disappeared"] = .list(model.figures.disappeared.map { old in
                .object(["value": .text(old.unit == .percent ? strings.percent(old.value) : strings.grouped(old.value)),
                         "label": .text(old.label ?? old.rule), "rule": .text(old.rule)])
            })
            fields["has_disappeared"] = .flag(!model.figures.disappeared.isEmpty)
            fields["disappeared_heading"] = .text(strings.text("figures.disappeared", ["edition": previous]))
            fields.merge(model.neighbours(of: "figures.html"), uniquingKeysWith: { _, new in new })
            return model.finished(fields)
        }]
    }

    /// The whole report first, then each theme with its own figures and its events' figures.
    private static func groups(_ model: ReportViewModel) -> [TemplateValue] {
        var whole: [Figure] = [], byTheme: [String: [Figure]] = [:], byEvent: [String: [Figure]] = [:]
        for figure in model.figures.ordered {
            let parts = figure.name.split(ascii: ".", maxSplits: 2).map(String.init)
            switch (figure.declaration?.grouping, parts.count) {
            case (.theme?, 3): byTheme[parts[1], default: []].append(figure)
            case (.event?, 3): byEvent[parts[1], default: []].append(figure)
            default: whole.append(figure)
            }
        }
        let strings = model.strings
        var groups: [TemplateValue] = [.object(["heading": .text(strings.text("figures.whole_report")), "id": .text("figures-report"),
                                                "figures": .list(whole.map { row($0, model) }), "events": .list([]),
                                                "has_events": .flag(false)])]
        for theme in model.report.themes {
            let events: [TemplateValue] = (model.report.eventsByTheme[theme.slug] ?? []).compactMap { event in
                guard let id = event.text("id"), let figures = byEvent[id], !figures.isEmpty else { return nil }
                return .object(["title": .text(event.text("title") ?? id), "figures": .list(figures.map { row($0, model) })])
            }
            groups.append(.object(["heading": .text(theme.title), "id": .text("figures-\(theme.slug)"),
                                   "figures": .list((byTheme[theme.slug] ?? []).map { row($0, model) }),
                                   "events": .list(events), "has_events": .flag(!events.isEmpty)]))
        }
        return groups
    }

    private static func row(_ figure: Figure, _ model: ReportViewModel) -> TemplateValue {
        let strings = model.strings
        var label = figure.label.map { strings.label($0, count: figure.value) } ?? ""
        if case .measures? = figure.declaration?.rule, let measure = figure.name.split(ascii: ".").last {
            label = model.report.settings.surveyMeasures.first { $0.id == measure }?.label ?? label
        }
        let declared = figure.declared.map { declared in
            strings.text("figures.declared", ["value": strings.grouped(declared.value), "source": ChartText.sentenceStart(declared.source)])
        }
        return .object([
            "value": .text(strings.value(figure)), "label": .text(label),
            "how": .text(RuleWording.describe(figure, strings: strings)),
            "source": .text(SourceWording.describe(figure, model: model.report.model, strings: strings)),
            "illustrative": .flag(figure.illustrative), "note": .missing,
            "change": .optionalText(strings.change(figure, previousEdition: model.figures.previousEdition)),
            "declared": .optionalText(declared),
        ])
    }
}
