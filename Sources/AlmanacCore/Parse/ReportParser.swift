/// The parse stage: turns loaded files into a checked `ParsedReport`, reporting every problem found.
public enum ReportParser {
    /// `cache` (from `almanac serve`) skips files whose text is unchanged since an earlier build.
    public static func parse(_ files: ContentFiles, limits: Limits, cache: ParseCache? = nil,
                             diagnostics: inout Diagnostics) -> ParsedReport? {
        // First the three files that say how to read the rest, then every other file on its own core.
        let firstJobs = [ParseJob.report, .model, .figures]
        let parseFirst = { @Sendable (job: ParseJob) in ParsedFile.parse(job, files: files, model: nil, limits: limits) }
        let first = cache?.parsed(firstJobs.map { ParsedFile.source(of: $0, in: files, model: nil) }, context: "", limits: limits,
                                  parse: { parseFirst(firstJobs[$0]) })
            ?? Parallel.map(firstJobs, parseFirst)
        var settings: ReportSettings?, model: ReportModel?, declarations: FigureDeclarations?
        for result in first {
            diagnostics.append(contentsOf: result.diagnostics)
            switch result.value {
            case .report(let value): settings = value
            case .model(let value): model = value
            case .figures(let value): declarations = value
            default: break
            }
        }
        let context = files.model?.text ?? ""
        var jobs = files.themes.indices.map(ParseJob.theme) + files.pages.indices.map(ParseJob.page)
        if let model {
            jobs = [.register] + model.recordSets.indices.map(ParseJob.records) + jobs
            DataFileCheck.check(files, model: model, diagnostics: &diagnostics)
        }
        let readModel = model
        let parse = { @Sendable (job: ParseJob) in ParsedFile.parse(job, files: files, model: readModel, limits: limits) }
        let allJobs = jobs
        let results = cache?.parsed(allJobs.map { ParsedFile.source(of: $0, in: files, model: readModel) }, context: context,
                                    limits: limits, parse: { parse(allJobs[$0]) })
            ?? Parallel.map(allJobs, parse)
        var organisations: [Organisation] = [], brokenOrganisations: Set<String> = []
        var sets: [RecordSet] = [], themes: [Theme] = [], pages: [FreePage] = []
        for result in results {
            diagnostics.append(contentsOf: result.diagnostics)
            switch result.value {
            case .register(let value, let rejected): (organisations, brokenOrganisations) = (value, rejected)
            case .records(let value): sets.append(value)
            case .theme(let value): if let value { themes.append(value) }
            case .page(let value): if let value { pages.append(value) }
            default: break
            }
        }
        guard let settings, let model, let declarations else { return nil }
        var report = ParsedReport(
            settings: settings, model: model, declarations: declarations, organisations: organisations,
            themes: themes.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) },
            pages: pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }, recordSets: sets, images: files.images)
        if files.themes.isEmpty {
            diagnostics.error("the report has no themes", at: .file(files.root + "/themes"),
                              hint: "add one Markdown file per theme to content/themes/")
        }
        // Ids whose own entry failed to parse: already reported, so references to them are not.
        // (Worked out only when a theme file gave no theme: 2,000 paths hashed on every save of a preview.)
        var brokenThemes: Set<String> = []
        if themes.count != files.themes.count {
            let parsedThemes = Set(themes.map(\.location.path))
            brokenThemes = Set(files.themes.filter { !parsedThemes.contains($0.path) }.map { FrontMatter.slug(fromFileName: $0.relativePath) })
        }
        let checkAll = { [report] in
            var found = Diagnostics()
            CrossReferenceChecker(report: report, brokenThemes: brokenThemes, brokenOrganisations: brokenOrganisations)
                .check(diagnostics: &found)
            let withheld = FigureDeclarationChecker(report: report).check(diagnostics: &found)
            return ParseCache.CrossFileChecks(diagnostics: found.all, withheld: withheld)
        }
        let checks: ParseCache.CrossFileChecks
        if let cache {
            report.contentKey = ContentKey.value(content: files, report: report, kept: cache.frontMatters)
            var key = Hasher()
            key.combine(report.contentKey)
            key.combine(limits)
            key.combine(brokenThemes)
            key.combine(brokenOrganisations)
            checks = cache.crossFileChecks.value(key: key.finalize(), make: checkAll)
        } else {
            checks = checkAll()
        }
        diagnostics.append(contentsOf: checks.diagnostics)
        report.withhold(figuresAt: checks.withheld)
        return report
    }
}
