/// "About the figures": every computed figure with its value, rule, source and any declared value.
struct FiguresPage: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        [PagePlan(slug: "figures", title: model.strings.text("nav.figures"), template: "figures", article: "figures-article") { model, _ in
            let (figures, strings) = (model.figures, model.strings)
            var fields = model.common(title: strings.text("nav.figures"), description: strings.text("page.figures.description"),
                                      url: "figures.html")
            fields["figures"] = .deferred {
                .list(figures.ordered.map { figure in
                    .object(["name": .text(figure.name), "value": .text(strings.formatted(figure)), "unit": .text(figure.unit.rawValue),
                             "rule": .text(RuleWording.describe(figure, strings: strings)), "source": .text(figure.source),
                             "label": .optionalText(figure.label.map { strings.label($0, count: figure.value) }),
                             "declared": .optionalText(figure.declared.map { strings.grouped($0.value) }),
                             "declared_source": .optionalText(figure.declared?.source)])
                })
            }
            fields["figure_count"] = .text(strings.grouped(figures.count))
            fields.merge(model.neighbours(of: "figures.html"), uniquingKeysWith: { _, new in new })
            return model.finished(fields)
        }]
    }
}
