/// The parse stage: turns loaded files into a checked `ParsedReport`, reporting every problem found.
public enum ReportParser {
    /// `cache` (from `almanac serve`) skips files whose text is unchanged since an earlier build.
    public static func parse(_ files: ContentFiles, limits: Limits, cache: ParseCache? = nil,
                             diagnostics: inout Diagnostics) -> ParsedReport? {
        // Every file parses on its own: spread them over the cores, then combine in a fixed order.
        let jobs = [ParseJob.report, .register, .events, .activities, .applications]
            + files.themes.indices.map(ParseJob.theme) + files.pages.indices.map(ParseJob.page)
        let results = Parallel.map(jobs) { job in
            let parse = { ParsedFile.parse(job, files: files, limits: limits) }
            return cache?.parsed(ParsedFile.source(of: job, in: files), limits: limits, parse: parse) ?? parse()
        }
        var settings: ReportSettings?, authorities: [Authority] = [], brokenAuthorities: Set<String> = []
        var events: [LearningEvent] = [], activities: [Activity] = [], applications: [ApplicationCount]?
        var themes: [Theme] = [], pages: [FreePage] = []
        for result in results {
            diagnostics.append(contentsOf: result.diagnostics)
            switch result.value {
            case .report(let value): settings = value
            case .register(let value, let rejected): (authorities, brokenAuthorities) = (value, rejected)
            case .events(let value): events = value
            case .activities(let value): activities = value
            case .applications(let value):
                // Already reported when broken; a total from half a file would only add noise.
                applications = result.diagnostics.contains { $0.severity == .error } ? nil : value
            case .theme(let value): if let value { themes.append(value) }
            case .page(let value): if let value { pages.append(value) }
            }
        }
        guard let settings else { return nil }
        let report = ParsedReport(
            settings: settings, authorities: authorities,
            themes: themes.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) },
            pages: pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) },
            events: events, activities: activities, applications: applications)
        if files.themes.isEmpty {
            diagnostics.error("the report has no themes", at: .file(files.root + "/themes"),
                              hint: "add one Markdown file per theme to content/themes/")
        }
        // Ids whose own entry failed to parse: already reported, so references to them are not.
        let parsedThemes = Set(themes.map(\.location.path))
        let brokenThemes = Set(files.themes.filter { !parsedThemes.contains($0.path) }
            .map { FrontMatter.slug(fromFileName: $0.relativePath) })
        CrossReferenceChecker(report: report, brokenThemes: brokenThemes, brokenAuthorities: brokenAuthorities)
            .check(diagnostics: &diagnostics)
        return report
    }
}
