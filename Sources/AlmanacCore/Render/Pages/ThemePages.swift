/// Theme pages: the organisations the theme lists, the theme at a glance, event highlights with their charts,
/// and the way to the next theme.
struct ThemePages: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        model.report.themes.enumerated().map { index, theme in
            PagePlan(slug: theme.slug, title: theme.title, template: "theme", article: "theme-article", isTheme: true,
                     body: theme.body.slice) { model, markdown in
                let body = markdown.html(theme.body, themeSlug: theme.slug)
                return ThemePage(model: model).value(theme, bodyHTML: body, index: index, proseIllustrative: markdown.showsIllustrative)
            }
        }
    }
}

/// Builds one theme page's value from the shared page fields.
private struct ThemePage {
    let model: ReportViewModel
    var report: ParsedReport { model.report }
    var strings: ReportStrings { model.strings }
    var figures: FigureTable { model.figures }
    var register: [String: Organisation] { model.register }

    func value(_ theme: Theme, bodyHTML: String, index: Int, proseIllustrative: Bool) -> TemplateValue {
        var fields = model.common(title: theme.title, description: theme.summary, url: ReportViewModel.url(forSlug: theme.slug),
                                  section: model.themeGroups.section(of: index, contents: "index.html"))
        let strings = self.strings
        let listed: [TemplateValue] = theme.listed.map { entry in
            let organisation = register[entry.organisationID]
            let partners = entry.partnerIDs.map { register[$0]?.name ?? $0 }
            return .object([
                "name": .text(organisation?.name ?? entry.organisationID),
                "printed_name": .optionalText(theme.printedNames[entry.organisationID]),
                "register": registerFields(organisation),
                "joint": .flag(entry.isJoint),
                "partners": .list(partners.map { .object(["name": .text($0)]) }),
                "partners_text": .optionalText(partners.isEmpty ? nil : strings.list(partners)),
            ])
        }
        let events = (report.eventsByTheme[theme.slug] ?? []).sorted { left, right in
            let far = PartialDate("9999")!
            return (left.date("date") ?? far, left.text("id") ?? "") < (right.date("date") ?? far, right.text("id") ?? "")
        }
        let charts = model.charts
        let (carded, uncarded) = events.reduce(into: ([Record](), [Record]())) { split, event in
            if hasCardContent(event) { split.0.append(event) } else { split.1.append(event) }
        }
        fields["theme"] = .object([
            "title": .text(theme.title), "slug": .text(theme.slug), "summary": .text(theme.summary),
            "order": .text(String(theme.order)), "number": .text(strings.grouped(index + 1)),
            "count": .text(strings.grouped(report.themes.count)), "body_html": .html(bodyHTML),
            "prose_illustrative": .flag(proseIllustrative),
            "other_editions": otherEditions(theme),
            "has_other_editions": .flag(!(model.editions?.others(with: theme.slug).isEmpty ?? true)), "listed": .list(listed),
            "listed_count": .text(strings.grouped(theme.listed.count)),
            // Built only when a template names them (the default ones do; one that leaves them out pays nothing).
            "glance": .deferred { model.figureGroup("theme.\(theme.slug).", optional: model.optionalThemeFigures) },
            "glance_items": .deferred { model.boxes.items(.themeGlance, theme: theme.slug) },
            "glance_illustrative": .flag(model.boxes.anyIllustrative(.themeGlance, theme: theme.slug)),
            // An event with figures or a note gets a card; one with neither is listed by name, not carded empty.
            "events": .deferred { .list(carded.map { event($0, on: theme) }) },
            "listed_events": .deferred { .list(uncarded.map { event($0, on: theme) }) },
            "has_listed_events": .flag(!uncarded.isEmpty),
            "has_events": .flag(!events.isEmpty),
            "charts": .deferred {
                .list(charts.themeCharts(theme).map { .object(["html": .html(ChartFigure.render($0, strings: strings))]) })
            },
        ])
        fields.merge(model.neighbours(of: ReportViewModel.url(forSlug: theme.slug)), uniquingKeysWith: { _, new in new })
        return model.finished(fields)
    }

    /// The register's declared fields of an organisation: text as text, flags as sections.
    private func registerFields(_ organisation: Organisation?) -> TemplateValue {
        var fields: [String: TemplateValue] = [:]
        for field in report.model.register.fields {
            switch organisation?.fields.value(field.name) {
            case .flag(let value)?: fields[field.name] = .flag(value)
            case let value?: fields[field.name] = .text(value.comparable.joined(separator: ", "))
            case nil: fields[field.name] = field.type == .flag ? .flag(false) : .missing
            }
        }
        return .object(fields)
    }

    /// The same theme in the other editions of the site, newest first, with list separators.
    private func otherEditions(_ theme: Theme) -> TemplateValue {
        let others = model.editions?.others(with: theme.slug) ?? []
        return .list(others.enumerated().map { offset, edition in
            let before = offset == 0 ? "" : offset == others.count - 1 ? strings.text("list.last_separator") : strings.text("list.separator")
            return .object(["edition": .text(edition.name), "url": .text("../\(edition.slug)/\(ReportViewModel.url(forSlug: theme.slug))"),
                            "before": .text(before)])
        })
    }

    /// Whether the event has a figure or a note to put on a card.
    private func hasCardContent(_ event: Record) -> Bool {
        guard event.text("note") == nil else { return true }
        let id = event.text("id") ?? ""
        return report.declarations.figures.contains { declaration in
            guard declaration.grouping == .event else { return false }
            if case .measures(_, let field) = declaration.rule { return !event.measures(field).isEmpty }
            return figures[declaration.fullName(group: id)] != nil
        }
    }

    /// An event card: what the record says, and the event's figures in the order figures.yaml declares them.
    private func event(_ event: Record, on theme: Theme) -> TemplateValue {
        let id = event.text("id") ?? ""
        let labels = Dictionary(report.settings.surveyMeasures.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var stats: [TemplateValue] = []
        for declaration in report.declarations.figures where declaration.grouping == .event {
            let prefix = declaration.fullName(group: id)
            if case .measures(_, let field) = declaration.rule {
                for measure in event.measures(field) {
                    guard let figure = figures["\(prefix).\(measure.id)"] else { continue }
                    stats.append(.object(["value": .text(strings.value(figure)), "label": .text(labels[measure.id] ?? measure.id)]))
                }
            } else if let figure = figures[prefix] {
                stats.append(.object(["value": .text(strings.value(figure)),
                                      "label": .text(strings.label(declaration.label, count: figure.value))]))
            }
        }
        let others = Set(event.ids("themes")).subtracting([theme.slug])
        let shared = report.themes.filter { others.contains($0.slug) }
        let date = event.date("date").map(strings.date), place = event.text("place")
        let meta = [date, place].compactMap { $0 }
        return .object([
            "id": .text(id), "title": .text(event.text("title") ?? id), "date": .optionalText(date),
            "place": .optionalText(place),
            "meta": .optionalText(meta.isEmpty ? nil : meta.joined(separator: " · ")),
            "figures": .list(stats),
            "note": .optionalText(event.text("note")),
            "has_figures": .flag(!stats.isEmpty),
            "shared_with": .list(shared.enumerated().map { offset, theme in
                let before = offset == 0 ? "" : offset == shared.count - 1 ? strings.text("list.last_separator") : strings.text("list.separator")
                return .object(["title": .text(theme.title), "url": .text(ReportViewModel.url(forSlug: theme.slug)), "before": .text(before)])
            }),
            "is_shared": .flag(!shared.isEmpty),
        ])
    }
}
