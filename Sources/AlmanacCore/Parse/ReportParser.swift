/// The parse stage: turns loaded files into a checked `ParsedReport`, reporting every problem found.
public enum ReportParser {
    public static func parse(_ files: ContentFiles, limits: Limits, diagnostics: inout Diagnostics) -> ParsedReport? {
        let settings = files.report.flatMap { ReportSettingsParser.parse($0, limits: limits, diagnostics: &diagnostics) }
        let authorities = files.authorities.map { AuthorityRegisterParser.parse($0, limits: limits, diagnostics: &diagnostics) } ?? []
        let themes = files.themes.compactMap { ThemeParser.parse($0, limits: limits, diagnostics: &diagnostics) }
        let pages = files.pages.compactMap { FreePageParser.parse($0, limits: limits, diagnostics: &diagnostics) }
        let events = files.events.map { RecordsParser.events($0, limits: limits, diagnostics: &diagnostics) } ?? []
        let activities = files.activities.map { RecordsParser.activities($0, limits: limits, diagnostics: &diagnostics) } ?? []
        let errorsBefore = diagnostics.all.count
        var applications = files.applications.map { RecordsParser.applications($0, limits: limits, diagnostics: &diagnostics) }
        if diagnostics.all.dropFirst(errorsBefore).contains(where: { $0.severity == .error }) {
            applications = nil  // already reported; computing a total from half a file would only add noise
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
        let brokenAuthorities = files.authorities.map { AuthorityRegisterParser.idsOfInvalidEntries($0, parsed: authorities) } ?? []
        CrossReferenceChecker(report: report, brokenThemes: brokenThemes, brokenAuthorities: brokenAuthorities)
            .check(diagnostics: &diagnostics)
        return report
    }
}
