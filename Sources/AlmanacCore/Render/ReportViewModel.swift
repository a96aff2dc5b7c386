/// What every page's value is built from: the report, its figures grouped and formatted, the strings, the charts,
/// and the fields and navigation all pages share. Each `PageKind` builds its own pages from it.
/// A class: every page's lazily built fields capture it, and a copy of so many fields cost 5,000 instructions.
final class ReportViewModel: Sendable {
    /// A preview reuses the rest of the model while only Markdown bodies change, with each build's report put here
    /// (`init(reusing:report:)`): nothing else the model holds may be derived from a body.
    let report: ParsedReport
    let figures: FigureTable
    let options: BuildOptions
    /// Every reader-facing word that is not content, in the report's language.
    let strings: ReportStrings
    /// The strings arranged for templates once; each page fills only the texts with placeholders.
    private let stringsShape: StringsTemplateValue.Shape
    let charts: ReportCharts
    /// The "at a glance" boxes figures.yaml declares.
    let boxes: FigureBoxes
    /// The other editions, in a site of several.
    let editions: EditionLinks?
    let register: [String: Organisation]
    /// The report's own fields, the same on every page, built once.
    private let reportFields: TemplateValue
    /// Pages in reading order (title, url) and each url's place in it, for prev/next links.
    private let order: [(String, String)]
    private let readingPosition: [String: Int]
    /// Figures grouped by everything before their last dot ("theme.care-matters."), built once.
    private let figureGroups: [String: [String: TemplateValue]]
    /// The contents' runs of themes and of free pages (one unheaded run each in a small report).
    let themeGroups: ContentsGroups
    let pageGroups: ContentsGroups

    /// `kept`'s model holding `report`.
    init(reusing kept: ReportViewModel, report: ParsedReport) {
        self.report = report
        figures = kept.figures
        options = kept.options
        strings = kept.strings
        stringsShape = kept.stringsShape
        charts = kept.charts
        boxes = kept.boxes
        editions = kept.editions
        register = kept.register
        reportFields = kept.reportFields
        order = kept.order
        readingPosition = kept.readingPosition
        figureGroups = kept.figureGroups
        themeGroups = kept.themeGroups
        pageGroups = kept.pageGroups
        optionalThemeFigures = kept.optionalThemeFigures
    }

    /// `stringsShape`, when given, is `StringsTemplateValue.Shape(strings)` made beforehand (a build makes it on
    /// another core while the figures are worked out).
    init(report: ParsedReport, figures: FigureTable, options: BuildOptions, strings: ReportStrings, editions: EditionLinks? = nil,
         stringsShape: StringsTemplateValue.Shape? = nil) {
        self.editions = editions
        self.report = report
        self.figures = figures
        self.options = options
        self.strings = strings
        self.stringsShape = stringsShape ?? StringsTemplateValue.Shape(strings)
        charts = ReportCharts(report: report, figures: figures, strings: strings)
        boxes = FigureBoxes(report: report, figures: figures, strings: strings)
        optionalThemeFigures = Array(Set(report.declarations.figures.filter { $0.grouping == .theme }.map(\.name)
            + report.withheldFigures.filter { $0.hasPrefix("theme.") }.compactMap { $0.split(separator: ".").last.map(String.init) }))
            .sorted()
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
            "contact": Self.contact(settings, strings: strings), "credits": .list(settings.credits.map { .object(["text": .text($0)]) }),
            "has_credits": .flag(!settings.credits.isEmpty),
            "theme_count": .text(strings.grouped(report.themes.count)),
        ])
        var groups: [String: [String: TemplateValue]] = [:]
        for figure in figures.ordered {
            // Found on bytes: `lastIndex(of:)` on the String compared Character by Character (5,000 instructions a name).
            guard let offset = ByteSearch.lastOffset(of: UInt8(ascii: "."), in: figure.name) else { continue }
            let dot = figure.name.utf8.index(figure.name.startIndex, offsetBy: offset)
            let prefix = String(figure.name[...dot]), key = String(figure.name[figure.name.utf8.index(after: dot)...])
            groups[prefix, default: [:]][key] = .text(strings.value(figure))
        }
        figureGroups = groups
        var order = report.pages.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order += report.themes.map { ($0.title, Self.url(forSlug: $0.slug)) }
        order.append((strings.text("nav.figures"), "figures.html"))
        self.order = order
        readingPosition = Dictionary(order.enumerated().map { ($1.1, $0) }, uniquingKeysWith: { first, _ in first })
        themeGroups = ContentsGroups(count: report.themes.count, idPrefix: "contents-themes",
                                     whole: (strings.text("breadcrumb.themes"), "themes-heading"),
                                     heading: { strings.text("contents.theme_group", ["first": $0, "last": $1]) },
                                     grouped: strings.grouped)
        pageGroups = ContentsGroups(count: report.pages.count, idPrefix: "contents-pages", whole: nil,
                                    heading: { strings.text("contents.page_group", ["first": $0, "last": $1]) },
                                    grouped: strings.grouped)
    }

    static func url(forSlug slug: String) -> String { "\(slug).html" }

    /// The back cover's contact details; a web address is a link only when it names its scheme (an old address
    /// printed without one may no longer exist, and is shown as text).
    private static func contact(_ settings: ReportSettings, strings: ReportStrings) -> TemplateValue {
        guard let contact = settings.contact else { return .missing }
        let web = contact.web
        let isLink = web.map { $0.hasPrefix("https://") || $0.hasPrefix("http://") } ?? false
        // The same details in one line, for running text such as the accessibility statement.
        var parts = [([contact.name ?? settings.publisher] + contact.address).joined(separator: ", ")]
        if let telephone = contact.telephone { parts.append(strings.text("contact.telephone") + " " + telephone) }
        if let email = contact.email { parts.append(strings.text("contact.email") + " " + email) }
        if let web { parts.append(strings.text("contact.web") + " " + web) }
        return .object([
            "inline": .text(parts.joined(separator: "; ")),
            "name": .text(contact.name ?? settings.publisher),
            "address": .list(contact.address.map { .object(["line": .text($0)]) }),
            "telephone": .optionalText(contact.telephone), "email": .optionalText(contact.email),
            "web": .optionalText(web), "web_is_link": .flag(isLink),
        ])
    }

    /// Last parts of the figures declared per theme, and of those withheld for an error: templates may use them
    /// even when a report cannot compute them, and they render as absent.
    /// Built once: every theme page and every contents card asks for it.
    let optionalThemeFigures: [String]

    /// The first parts of the whole-report figures' names (`round` for `round.events`), which templates reach as
    /// objects of the cover (`{{round.events}}`); `theme` and `event` are the grouped figures'.
    var wholeReportPrefixes: [String] {
        var seen: [String] = []
        for declaration in report.declarations.figures where declaration.grouping == nil {
            let prefix = String(declaration.name.prefix { $0 != "." })
            if !["theme", "event"].contains(prefix), !seen.contains(prefix) { seen.append(prefix) }
        }
        return seen
    }

    /// Last parts of the figures declared whole under `prefix` (e.g. `round.`), computed, missing or withheld.
    func optionalFigures(under prefix: String) -> [String] {
        (report.declarations.figures.filter { $0.grouping == nil }.map(\.name) + report.withheldFigures)
            .filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains(".") }
    }

    /// Fields every page has: the report, navigation and the page's own title. `root` goes before every link of the
    /// shell (empty: links relative to the page; `/` or `/2024/`: from the server's root, for the 404 page);
    /// `canonical` is false for a page that has no address of its own (the 404 page); `section` is the page's place
    /// on the contents page (`ContentsGroups.section`), for its breadcrumb.
    func common(title: String, description: String?, url: String, root: String = "", canonical: Bool = true,
                section: TemplateValue = .missing) -> [String: TemplateValue] {
        let report = self.report
        let (contents, aboutFigures) = (strings.text("nav.contents"), strings.text("nav.figures"))
        // Built only if a template lists every page: with thousands of themes that is quadratic work and output,
        // so the default templates link each page to the contents, its section and its neighbours instead.
        let nav = TemplateValue.deferred {
            var items: [TemplateValue] = [Self.navItem(contents, "index.html", current: url, root: root)]
            items += report.pages.map { Self.navItem($0.title, Self.url(forSlug: $0.slug), current: url, root: root) }
            items += report.themes.map { Self.navItem($0.title, Self.url(forSlug: $0.slug), current: url, root: root) }
            items.append(Self.navItem(aboutFigures, "figures.html", current: url, root: root))
            return .list(items)
        }
        let siteNav = [Self.navItem(contents, "index.html", current: url, root: root),
                       Self.navItem(aboutFigures, "figures.html", current: url, root: root),
                       Self.navItem(strings.text("nav.accessibility"), "accessibility.html", current: url, root: root),
                       Self.navItem(strings.text("nav.print"), "print.html", current: url, root: root)]
        let siteURL = report.settings.siteURL
        return [
            "report": reportFields,
            "nav": nav,
            "site_nav": .list(siteNav),
            "page": .object(["title": .text(title), "description": .optionalText(description), "url": .text(url),
                             "is_cover": .flag(url == "index.html"), "root": .text(root), "section": section,
                             "canonical_url": .optionalText(canonical ? siteURL.map { $0 + url } : nil),
                             "base_url": .optionalText(canonical ? nil : siteURL)]),
        ]
    }

    /// The page's fields with `strings` added, its placeholders filled from those fields.
    func finished(_ fields: [String: TemplateValue]) -> TemplateValue {
        var fields = fields
        fields["strings"] = stringsShape.value(page: fields)
        return .object(fields)
    }

    private static func navItem(_ title: String, _ url: String, current: String, root: String) -> TemplateValue {
        .object(["title": .text(title), "url": .text(root + url), "current": .flag(url == current)])
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

    /// `prev` and `next` in reading order (free pages, themes, then the figures), absent at either end.
    func neighbours(of url: String) -> [String: TemplateValue] {
        guard let position = readingPosition[url] else { return ["prev": .missing, "next": .missing] }
        func link(_ index: Int) -> TemplateValue {
            guard order.indices.contains(index) else { return .missing }
            return .object(["title": .text(order[index].0), "url": .text(order[index].1)])
        }
        return ["prev": link(position - 1), "next": link(position + 1)]
    }
}
