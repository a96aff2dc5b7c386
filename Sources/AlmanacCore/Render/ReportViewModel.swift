/// Builds the values templates see: the report's pages as `TemplateValue` trees, figures already formatted.
struct ReportViewModel {
    let report: ParsedReport
    let figures: FigureTable
    let options: BuildOptions
    private let register: [String: Authority]

    init(report: ParsedReport, figures: FigureTable, options: BuildOptions) {
        self.report = report
        self.figures = figures
        self.options = options
        register = report.authorityByID
    }

    static func url(forSlug slug: String) -> String { "\(slug).html" }

    /// Fields every page has: the report, navigation and the page's own title.
    func common(title: String, description: String?, url: String) -> [String: TemplateValue] {
        let settings = report.settings
        let population = settings.population
        var nav: [TemplateValue] = [navItem("Contents", "index.html", current: url)]
        nav += report.pages.map { navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
        nav += report.themes.map { navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
        nav.append(navItem("About the figures", "figures.html", current: url))
        return [
            "report": .object([
                "title": .text(settings.title), "edition": .text(settings.edition), "period": .text(settings.period),
                "publisher": .text(settings.publisher), "strapline": .optionalText(settings.strapline),
                "statistics_source": .text(settings.statisticsSource), "data_note": .optionalText(settings.dataNote),
                "population_name": .text(population.name),
                "population_size": .text(FigureFormat.grouped(report.populationIDs.count)),
                "population_source": .text(population.source), "population_as_of": .text(population.asOf.longForm),
                "build_date": .optionalText(options.buildDate?.longForm),
            ]),
            "nav": .list(nav),
            "page": .object(["title": .text(title), "description": .optionalText(description), "url": .text(url)]),
        ]
    }

    private func navItem(_ title: String, _ url: String, current: String) -> TemplateValue {
        .object(["title": .text(title), "url": .text(url), "current": .flag(url == current)])
    }

    /// `round.x` figures as an object keyed by `x`.
    func figureGroup(_ prefix: String) -> TemplateValue {
        var fields: [String: TemplateValue] = [:]
        for figure in figures.ordered where figure.name.hasPrefix(prefix) {
            let key = String(figure.name.dropFirst(prefix.count))
            if !key.contains(".") { fields[key] = .text(figure.formatted) }
        }
        return .object(fields)
    }

    func index() -> TemplateValue {
        var fields = common(title: report.settings.title, description: report.settings.strapline, url: "index.html")
        fields["round"] = figureGroup("round.")
        let discrepancies: [TemplateValue] = figures.ordered.compactMap { figure in
            guard let declared = figure.declared, declared.value != figure.value else { return nil }
            return .object(["name": .text(figure.name), "computed": .text(figure.formatted),
                            "declared": .text(FigureFormat.grouped(declared.value)), "source": .text(declared.source),
                            "rule": .text(figure.rule)])
        }
        fields["discrepancies"] = .list(discrepancies)
        fields["has_discrepancies"] = .flag(!discrepancies.isEmpty)
        fields["pages"] = .list(report.pages.map { page in
            .object(["title": .text(page.title), "url": .text(Self.url(forSlug: page.slug)),
                     "summary": .optionalText(page.summary)])
        })
        fields["themes"] = .list(report.themes.map { theme in
            let glance = figureGroup("theme.\(theme.slug).")
            return .object(["title": .text(theme.title), "url": .text(Self.url(forSlug: theme.slug)),
                            "summary": .text(theme.summary), "order": .text(String(theme.order)), "glance": glance])
        })
        return .object(fields)
    }

    func theme(_ theme: Theme, bodyHTML: String, index: Int) -> TemplateValue {
        var fields = common(title: theme.title, description: theme.summary, url: Self.url(forSlug: theme.slug))
        let beacons: [TemplateValue] = theme.beacons.map { award in
            let authority = register[award.authorityID]
            return .object([
                "name": .text(authority?.name ?? award.authorityID),
                "printed_name": .optionalText(theme.printedNames[award.authorityID]),
                "region": .text(authority?.region ?? ""),
                "rural": .flag(authority?.rural ?? false),
                "joint": .flag(award.isJointBid),
                "partners": .list(award.partnerIDs.map { .object(["name": .text(register[$0]?.name ?? $0)]) }),
            ])
        }
        let events = report.events.filter { $0.themeSlugs.contains(theme.slug) }
            .sorted { ($0.date ?? PartialDate("9999")!, $0.id) < ($1.date ?? PartialDate("9999")!, $1.id) }
        fields["theme"] = .object([
            "title": .text(theme.title), "slug": .text(theme.slug), "summary": .text(theme.summary),
            "order": .text(String(theme.order)), "body_html": .html(bodyHTML), "beacons": .list(beacons),
            "glance": figureGroup("theme.\(theme.slug)."),
            "events": .list(events.map { event($0, on: theme) }),
            "has_events": .flag(!events.isEmpty),
        ])
        fields["prev"] = index > 0 ? link(report.themes[index - 1]) : .missing
        fields["next"] = index + 1 < report.themes.count ? link(report.themes[index + 1]) : .missing
        return .object(fields)
    }

    private func link(_ theme: Theme) -> TemplateValue {
        .object(["title": .text(theme.title), "url": .text(Self.url(forSlug: theme.slug))])
    }

    private func event(_ event: LearningEvent, on theme: Theme) -> TemplateValue {
        let qualifier: String
        switch event.precision {
        case .exact: qualifier = ""
        case .atLeast: qualifier = "over "
        case .about: qualifier = "around "
        }
        func count(_ value: Int?) -> TemplateValue {
            value.map { .text(qualifier + FigureFormat.grouped($0)) } ?? .missing
        }
        let labels = Dictionary(report.settings.surveyMeasures.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let others = event.themeSlugs.filter { $0 != theme.slug }.compactMap { slug in report.themes.first { $0.slug == slug } }
        return .object([
            "id": .text(event.id), "title": .text(event.title), "date": .optionalText(event.date?.longForm),
            "place": .optionalText(event.place), "delegates": count(event.delegates),
            "participants": count(event.participants), "authorities": count(event.authoritiesRepresented),
            "note": .optionalText(event.note),
            "survey": .list(event.survey.map { .object(["percent": .text("\($0.percent)%"), "label": .text(labels[$0.measure] ?? $0.measure)]) }),
            "shared_with": .list(others.map(link)),
            "is_shared": .flag(!others.isEmpty),
        ])
    }

    func page(_ page: FreePage, bodyHTML: String) -> TemplateValue {
        var fields = common(title: page.title, description: page.summary, url: Self.url(forSlug: page.slug))
        fields["body_html"] = .html(bodyHTML)
        return .object(fields)
    }

    func figuresPage() -> TemplateValue {
        var fields = common(title: "About the figures", description: "How every figure in this report was computed",
                            url: "figures.html")
        fields["figures"] = .list(figures.ordered.map { figure in
            .object(["name": .text(figure.name), "value": .text(figure.formatted), "unit": .text(figure.unit.rawValue),
                     "rule": .text(figure.rule), "source": .text(figure.source),
                     "declared": .optionalText(figure.declared.map { FigureFormat.grouped($0.value) }),
                     "declared_source": .optionalText(figure.declared?.source)])
        })
        return .object(fields)
    }
}
