/// Builds the values templates see: the report's pages as `TemplateValue` trees, figures already formatted.
struct ReportViewModel {
    let report: ParsedReport
    let figures: FigureTable
    let options: BuildOptions
    let charts: ReportCharts
    let register: [String: Authority]

    init(report: ParsedReport, figures: FigureTable, options: BuildOptions) {
        self.report = report
        self.figures = figures
        self.options = options
        charts = ReportCharts(report: report, figures: figures)
        register = report.authorityByID
    }

    static func url(forSlug slug: String) -> String { "\(slug).html" }

    /// Figure names templates may use even when a report cannot compute them (they render as absent).
    static let optionalRoundFigures = ["applications"]
    static let optionalThemeFigures = ["applications"]

    /// Fields every page has: the report, navigation and the page's own title.
    func common(title: String, description: String?, url: String) -> [String: TemplateValue] {
        let settings = report.settings
        let population = settings.population
        var nav: [TemplateValue] = [navItem("Contents", "index.html", current: url)]
        nav += report.pages.map { navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
        nav += report.themes.map { navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
        nav.append(navItem("About the figures", "figures.html", current: url))
        let siteNav = [navItem("Contents", "index.html", current: url), navItem("About the figures", "figures.html", current: url),
                       navItem("Accessibility", "accessibility.html", current: url),
                       navItem("Whole report to print", "print.html", current: url)]
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
            "site_nav": .list(siteNav),
            "page": .object(["title": .text(title), "description": .optionalText(description), "url": .text(url)]),
        ]
    }

    private func navItem(_ title: String, _ url: String, current: String) -> TemplateValue {
        .object(["title": .text(title), "url": .text(url), "current": .flag(url == current)])
    }

    /// `round.x` figures as an object keyed by `x`; `optional` names are present as absent when not computed.
    func figureGroup(_ prefix: String, optional: [String] = []) -> TemplateValue {
        var fields: [String: TemplateValue] = Dictionary(uniqueKeysWithValues: optional.map { ($0, TemplateValue.missing) })
        for figure in figures.ordered where figure.name.hasPrefix(prefix) {
            let key = String(figure.name.dropFirst(prefix.count))
            if !key.contains(".") { fields[key] = .text(figure.formatted) }
        }
        return .object(fields)
    }

    /// The cover: headline figures, declared-figure discrepancies, contents and the round's charts.
    func index() -> TemplateValue {
        var fields = common(title: report.settings.title, description: report.settings.strapline, url: "index.html")
        fields.merge(cover(linkingTo: { Self.url(forSlug: $0) }), uniquingKeysWith: { _, new in new })
        return .object(fields)
    }

    /// What the cover and the print version share; `link` gives the address of a page slug.
    func cover(linkingTo link: (String) -> String) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = ["round": figureGroup("round.", optional: Self.optionalRoundFigures)]
        let discrepancies: [TemplateValue] = figures.ordered.compactMap { figure in
            guard let declared = figure.declared, declared.value != figure.value else { return nil }
            return .object(["name": .text(figure.name), "computed": .text(figure.formatted),
                            "declared": .text(FigureFormat.grouped(declared.value)), "source": .text(declared.source),
                            "rule": .text(figure.rule)])
        }
        fields["discrepancies"] = .list(discrepancies)
        fields["has_discrepancies"] = .flag(!discrepancies.isEmpty)
        fields["pages"] = .list(report.pages.map { page in
            .object(["title": .text(page.title), "url": .text(link(page.slug)), "summary": .optionalText(page.summary)])
        })
        fields["themes"] = .list(report.themes.enumerated().map { offset, theme in
            .object(["title": .text(theme.title), "url": .text(link(theme.slug)), "summary": .text(theme.summary),
                     "order": .text(String(theme.order)), "number": .text(String(offset + 1)),
                     "glance": figureGroup("theme.\(theme.slug).", optional: Self.optionalThemeFigures)])
        })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        fields["figures_url"] = .text(link("figures"))
        fields["accessibility_url"] = .text(link("accessibility"))
        let reach = charts.reachByTheme(), peer = charts.peerProjectsByTheme()
        fields["charts"] = .object([
            "reach": reach.map { .html(ChartFigure.render($0)) } ?? .missing,
            "peer_projects": peer.map { .html(ChartFigure.render($0)) } ?? .missing,
        ])
        fields["has_charts"] = .flag(reach != nil || peer != nil)
        return fields
    }

    func page(_ page: FreePage, bodyHTML: String) -> TemplateValue {
        var fields = common(title: page.title, description: page.summary, url: Self.url(forSlug: page.slug))
        fields["body_html"] = .html(bodyHTML)
        fields["summary"] = .optionalText(page.summary)
        fields.merge(neighbours(of: Self.url(forSlug: page.slug)), uniquingKeysWith: { _, new in new })
        return .object(fields)
    }

    /// `prev` and `next` in reading order (free pages, themes, then the figures), absent at either end.
    func neighbours(of url: String) -> [String: TemplateValue] {
        var order = report.pages.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order += report.themes.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order.append(("About the figures", "figures.html"))
        guard let position = order.firstIndex(where: { $0.1 == url }) else { return ["prev": .missing, "next": .missing] }
        func link(_ index: Int) -> TemplateValue {
            guard order.indices.contains(index) else { return .missing }
            return .object(["title": .text(order[index].0), "url": .text(order[index].1)])
        }
        return ["prev": link(position - 1), "next": link(position + 1)]
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
        fields["figure_count"] = .text(FigureFormat.grouped(figures.count))
        fields.merge(neighbours(of: "figures.html"), uniquingKeysWith: { _, new in new })
        return .object(fields)
    }
}
