/// Theme pages: Beacons, the theme at a glance, event highlights with their chart, and the way to the next theme.
extension ReportViewModel {
    func theme(_ theme: Theme, bodyHTML: String, index: Int) -> TemplateValue {
        var fields = common(title: theme.title, description: theme.summary, url: Self.url(forSlug: theme.slug))
        let (charts, strings) = (self.charts, self.strings)
        let beacons: [TemplateValue] = theme.beacons.map { award in
            let authority = register[award.authorityID]
            let partners = award.partnerIDs.map { register[$0]?.name ?? $0 }
            return .object([
                "name": .text(authority?.name ?? award.authorityID),
                "printed_name": .optionalText(theme.printedNames[award.authorityID]),
                "region": .optionalText(authority?.region),
                "rural": .flag(authority?.rural ?? false),
                "joint": .flag(award.isJointBid),
                "partners": .list(partners.map { .object(["name": .text($0)]) }),
                "partners_text": .optionalText(partners.isEmpty ? nil : strings.list(partners)),
            ])
        }
        let events = (report.eventsByTheme[theme.slug] ?? [])
            .sorted { ($0.date ?? PartialDate("9999")!, $0.id) < ($1.date ?? PartialDate("9999")!, $1.id) }
        fields["theme"] = .object([
            "title": .text(theme.title), "slug": .text(theme.slug), "summary": .text(theme.summary),
            "order": .text(String(theme.order)), "number": .text(strings.grouped(index + 1)),
            "count": .text(strings.grouped(report.themes.count)), "body_html": .html(bodyHTML), "beacons": .list(beacons),
            "beacon_count": .text(strings.grouped(theme.beacons.count)),
            "glance": figureGroup("theme.\(theme.slug).", optional: Self.optionalThemeFigures),
            "events": .list(events.map { event($0, on: theme) }),
            "has_events": .flag(!events.isEmpty),
            "delegates_chart": .deferred { charts.delegatesByEvent(in: theme).map { .html(ChartFigure.render($0, strings: strings)) } ?? .missing },
        ])
        fields.merge(neighbours(of: Self.url(forSlug: theme.slug)), uniquingKeysWith: { _, new in new })
        return finished(fields)
    }

    private func link(_ theme: Theme) -> TemplateValue {
        .object(["title": .text(theme.title), "url": .text(Self.url(forSlug: theme.slug))])
    }

    private func event(_ event: LearningEvent, on theme: Theme) -> TemplateValue {
        let strings = self.strings
        func count(_ value: Int?) -> TemplateValue {
            value.map { .text(strings.count($0, precision: event.precision)) } ?? .missing
        }
        func label(_ key: String, _ value: Int?) -> TemplateValue {
            value.map { .text(strings.plural(key, count: $0)) } ?? .missing
        }
        let labels = Dictionary(report.settings.surveyMeasures.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let others = event.themeSlugs.filter { $0 != theme.slug }.compactMap { report.themeBySlug[$0] }
        let meta = [event.date.map(strings.date), event.place].compactMap { $0 }
        let hasFigures = event.delegates != nil || event.participants != nil || event.authoritiesRepresented != nil
            || !event.survey.isEmpty
        return .object([
            "id": .text(event.id), "title": .text(event.title), "date": .optionalText(event.date.map(strings.date)),
            "place": .optionalText(event.place),
            "meta": .optionalText(meta.isEmpty ? nil : meta.joined(separator: " · ")),
            "delegates": count(event.delegates),
            "participants": count(event.participants), "authorities": count(event.authoritiesRepresented),
            "delegates_label": label("event.delegates", event.delegates),
            "participants_label": label("event.participants", event.participants),
            "authorities_label": label("event.authorities_represented", event.authoritiesRepresented),
            "note": .optionalText(event.note),
            "survey": .list(event.survey.map { .object(["percent": .text(strings.percent($0.percent)), "label": .text(labels[$0.measure] ?? $0.measure)]) }),
            "has_figures": .flag(hasFigures),
            "shared_with": .list(others.map(link)),
            "is_shared": .flag(!others.isEmpty),
        ])
    }
}
