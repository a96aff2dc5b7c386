/// Builds the values templates see: the report's pages as `TemplateValue` trees, figures already formatted.
struct ReportViewModel {
    let report: ParsedReport
    let figures: FigureTable
    let options: BuildOptions
    /// Every reader-facing word that is not content, in the report's language.
    let strings: ReportStrings
    let charts: ReportCharts
    let register: [String: Organisation]
    /// The report's own fields, the same on every page, built once.
    private let reportFields: TemplateValue
    /// Pages in reading order (title, url) and each url's place in it, for prev/next links.
    private let order: [(String, String)]
    private let readingPosition: [String: Int]
    /// Figures grouped by everything before their last dot ("theme.care-matters."), built once.
    private let figureGroups: [String: [String: TemplateValue]]

    init(report: ParsedReport, figures: FigureTable, options: BuildOptions, strings: ReportStrings) {
        self.report = report
        self.figures = figures
        self.options = options
        self.strings = strings
        charts = ReportCharts(report: report, figures: figures, strings: strings)
        register = report.organisationByID
        let settings = report.settings, population = settings.population
        reportFields = .object([
            "title": .text(settings.title), "edition": .text(settings.edition), "period": .text(settings.period),
            "publisher": .text(settings.publisher), "strapline": .optionalText(settings.strapline),
            "statistics_source": .text(settings.statisticsSource), "data_note": .optionalText(settings.dataNote),
            "population_name": .text(population.name),
            "population_size": .text(strings.grouped(report.populationIDs.count)),
            "population_source": .text(population.source), "population_as_of": .text(strings.date(population.asOf)),
            "build_date": .optionalText(options.buildDate.map(strings.date)), "language": .text(strings.language),
        ])
        var groups: [String: [String: TemplateValue]] = [:]
        for figure in figures.ordered {
            guard let dot = figure.name.lastIndex(of: ".") else { continue }
            let prefix = String(figure.name[...dot]), key = String(figure.name[figure.name.index(after: dot)...])
            groups[prefix, default: [:]][key] = .text(strings.formatted(figure))
        }
        figureGroups = groups
        var order = report.pages.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order += report.themes.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order.append((strings.text("nav.figures"), "figures.html"))
        self.order = order
        readingPosition = Dictionary(order.enumerated().map { ($1.1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func url(forSlug slug: String) -> String { "\(slug).html" }

    /// Last parts of the figures declared per theme, and of those withheld for an error: templates may use them
    /// even when a report cannot compute them, and they render as absent.
    var optionalThemeFigures: [String] {
        report.declarations.figures.filter { $0.grouping == .theme }.map(\.name)
            + report.withheldFigures.filter { $0.hasPrefix("theme.") }.compactMap { $0.split(separator: ".").last.map(String.init) }
    }

    /// Last parts of the figures declared whole under `prefix` (e.g. `round.`), computed, missing or withheld.
    func optionalFigures(under prefix: String) -> [String] {
        (report.declarations.figures.filter { $0.grouping == nil }.map(\.name) + report.withheldFigures)
            .filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains(".") }
    }

    /// Fields every page has: the report, navigation and the page's own title.
    func common(title: String, description: String?, url: String) -> [String: TemplateValue] {
        let report = self.report
        let (contents, aboutFigures) = (strings.text("nav.contents"), strings.text("nav.figures"))
        // Built only if a template lists every page: with thousands of themes that is quadratic work.
        let nav = TemplateValue.deferred {
            var items: [TemplateValue] = [Self.navItem(contents, "index.html", current: url)]
            items += report.pages.map { Self.navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
            items += report.themes.map { Self.navItem($0.title, Self.url(forSlug: $0.slug), current: url) }
            items.append(Self.navItem(aboutFigures, "figures.html", current: url))
            return .list(items)
        }
        let siteNav = [Self.navItem(contents, "index.html", current: url), Self.navItem(aboutFigures, "figures.html", current: url),
                       Self.navItem(strings.text("nav.accessibility"), "accessibility.html", current: url),
                       Self.navItem(strings.text("nav.print"), "print.html", current: url)]
        return [
            "report": reportFields,
            "nav": nav,
            "site_nav": .list(siteNav),
            "page": .object(["title": .text(title), "description": .optionalText(description), "url": .text(url)]),
        ]
    }

    /// The page's fields with `strings` added, its placeholders filled from those fields.
    func finished(_ fields: [String: TemplateValue]) -> TemplateValue {
        var fields = fields
        fields["strings"] = StringsTemplateValue.make(strings, page: fields)
        return .object(fields)
    }

    private static func navItem(_ title: String, _ url: String, current: String) -> TemplateValue {
        .object(["title": .text(title), "url": .text(url), "current": .flag(url == current)])
    }

    /// `round.x` figures as an object keyed by `x`; `optional` names are present as absent when not computed.
    func figureGroup(_ prefix: String, optional: [String] = []) -> TemplateValue {
        // A withheld figure's error is already reported and fails the build: it renders empty rather than adding
        // a second error wherever a template or string names it.
        let withheld = report.withheldFigures
        var fields: [String: TemplateValue] = Dictionary(optional.map { key in
            (key, withheld.contains(prefix + key) ? TemplateValue.text("") : .missing)
        }, uniquingKeysWith: { first, _ in first })
        fields.merge(figureGroups[prefix] ?? [:], uniquingKeysWith: { _, computed in computed })
        return .object(fields)
    }

    /// The cover: headline figures, declared-figure discrepancies, contents and the round's charts.
    func index() -> TemplateValue {
        var fields = common(title: report.settings.title, description: report.settings.strapline, url: "index.html")
        fields.merge(cover(linkingTo: { Self.url(forSlug: $0) }), uniquingKeysWith: { _, new in new })
        return finished(fields)
    }

    /// What the cover and the print version share; `link` gives the address of a page slug.
    func cover(linkingTo link: (String) -> String) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = ["round": figureGroup("round.", optional: optionalFigures(under: "round."))]
        let strings = self.strings
        let discrepancies: [TemplateValue] = figures.ordered.compactMap { figure in
            guard let declared = figure.declared, declared.value != figure.value else { return nil }
            return .object(["name": .text(figure.name), "computed": .text(strings.formatted(figure)),
                            "declared": .text(strings.grouped(declared.value)), "source": .text(declared.source),
                            "rule": .text(figure.rule)])
        }
        fields["discrepancies"] = .list(discrepancies)
        fields["has_discrepancies"] = .flag(!discrepancies.isEmpty)
        fields["pages"] = .list(report.pages.map { page in
            .object(["title": .text(page.title), "url": .text(link(page.slug)), "summary": .optionalText(page.summary)])
        })
        fields["themes"] = .list(report.themes.enumerated().map { offset, theme in
            .object(["title": .text(theme.title), "url": .text(link(theme.slug)), "summary": .text(theme.summary),
                     "order": .text(String(theme.order)), "number": .text(strings.grouped(offset + 1)),
                     "glance": figureGroup("theme.\(theme.slug).", optional: optionalThemeFigures)])
        })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        fields["figures_url"] = .text(link("figures"))
        fields["accessibility_url"] = .text(link("accessibility"))
        // Drawn only when a template names them (sorting every theme is not free in a large report).
        let charts = LazyTemplateValue { [charts = self.charts] in
            .list(charts.coverCharts().map { .object(["html": .html(ChartFigure.render($0, strings: strings))]) })
        }
        fields["charts"] = .lazy(charts)
        fields["has_charts"] = .deferred { .flag(charts.value.forced != .list([])) }
        return fields
    }

    func page(_ page: FreePage, bodyHTML: String) -> TemplateValue {
        var fields = common(title: page.title, description: page.summary, url: Self.url(forSlug: page.slug))
        fields["body_html"] = .html(bodyHTML)
        fields["summary"] = .optionalText(page.summary)
        fields.merge(neighbours(of: Self.url(forSlug: page.slug)), uniquingKeysWith: { _, new in new })
        return finished(fields)
    }

    /// `prev` and `next` in reading order (free pages, themes, then the figures), absent at either end.
    func neighbours(of url: String) -> [String: TemplateValue] {
        guard let position = readingPosition[url] else { return ["prev": .missing, "next": .missing] }
        func link(_ index: Int) -> TemplateValue {
            guard order.indices.contains(index) else { return .missing }
            return .object(["title": .text(order[index].0), "url": .text(order[index].1)])
        }
        return ["prev": link(position - 1), "next": link(position + 1)]
    }

    func figuresPage() -> TemplateValue {
        var fields = common(title: strings.text("nav.figures"), description: strings.text("page.figures.description"),
                            url: "figures.html")
        let (figures, strings) = (self.figures, self.strings)
        fields["figures"] = .deferred {
            .list(figures.ordered.map { figure in
                .object(["name": .text(figure.name), "value": .text(strings.formatted(figure)), "unit": .text(figure.unit.rawValue),
                         "rule": .text(figure.rule), "source": .text(figure.source),
                         "declared": .optionalText(figure.declared.map { strings.grouped($0.value) }),
                         "declared_source": .optionalText(figure.declared?.source)])
            })
        }
        fields["figure_count"] = .text(strings.grouped(figures.count))
        fields.merge(neighbours(of: "figures.html"), uniquingKeysWith: { _, new in new })
        return finished(fields)
    }
}
